#!/usr/bin/env python3
"""Times AOR Hub's list pages and API lists on a filled workspace and prints a table.

Each target is a latency ceiling for the 95th percentile on this 2-core machine; the
script exits 1 when one is missed. Memory is the JVM's used heap after the run, and the
process's resident size.

    python3 bench/measure.py --base http://localhost:18080 --requests 40 --pid 1234
"""
import argparse
import http.cookiejar
import json
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

# (name, path, kind, p95 target in ms)
CASES = [
    ("API clients, page 1", "/api/v1/clients?size=50", "api", 150),
    ("API clients, search", "/api/v1/clients?q=nova&size=50", "api", 200),
    ("API clients, last page", "/api/v1/clients?size=50&page=39", "api", 200),
    ("API designations, page 1", "/api/v1/designations?size=50", "api", 200),
    ("API designations, ours by value", "/api/v1/designations?ours=true&sort=annualValue,desc&size=100", "api", 250),
    ("Clients page", "/clients", "page", 250),
    ("Portfolio page", "/portfolio", "page", 300),
    ("Renewal pipeline page", "/renewals", "page", 300),
    ("Search", "/api/v1/search?q=summit", "api", 200),
    ("Dashboard", "/", "page", 250),
]


def timed(opener, url, headers):
    request = urllib.request.Request(url, headers=headers)
    start = time.perf_counter()
    with opener.open(request, timeout=30) as response:
        response.read()
        status = response.status
    return (time.perf_counter() - start) * 1000, status


def browser_session(base, email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/login").read().decode()
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"email": email, "password": password, "_csrf": csrf}).encode()
    opener.open(urllib.request.Request(base + "/login", data=form)).read()
    return opener


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:18080")
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--pid", type=int)
    parser.add_argument("--credentials", default="bench/.credentials.json")
    args = parser.parse_args()
    with open(args.credentials) as source:
        credentials = json.load(source)
    api = urllib.request.build_opener()
    api_headers = {"Authorization": "Bearer " + credentials["token"]}
    pages = browser_session(args.base, credentials["email"], credentials["password"])

    rows = []
    failed = 0
    for name, path, kind, target in CASES:
        opener, headers = (api, api_headers) if kind == "api" else (pages, {})
        timings = []
        try:
            for _ in range(3):
                timed(opener, args.base + path, headers)  # warm-up
            for _ in range(args.requests):
                elapsed, status = timed(opener, args.base + path, headers)
                timings.append(elapsed)
        except Exception as error:  # a missing page or a failure is a failed target, not a crash
            rows.append((name, "-", "-", "-", f"{target}", f"ERROR {error}"))
            failed += 1
            continue
        timings.sort()
        p50 = statistics.median(timings)
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        verdict = "ok" if p95 <= target else "SLOW"
        failed += verdict != "ok"
        rows.append((name, f"{p50:.1f}", f"{p95:.1f}", f"{timings[-1]:.1f}", f"{target}", verdict))

    header = ("case", "p50 ms", "p95 ms", "max ms", "p95 target", "result")
    widths = [max(len(str(row[i])) for row in rows + [header]) for i in range(len(header))]
    line = lambda row: "  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row))
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))

    request = urllib.request.Request(args.base + "/actuator/metrics/jvm.memory.used?tag=area:heap", headers=api_headers)
    try:
        heap = json.load(api.open(request))["measurements"][0]["value"] / 1024 / 1024
        print(f"\nheap used after the run: {heap:.0f} MiB", end="")
    except Exception:
        print("\nheap used: (metrics need an admin token)", end="")
    if args.pid:
        with open(f"/proc/{args.pid}/status") as status:
            rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS")) / 1024
        print(f"; resident size of the JVM: {rss:.0f} MiB")
    else:
        print()
    print(f"{len(rows) - failed} of {len(rows)} targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
