#!/usr/bin/env python3
"""AOR Hub's benchmark: every figure beside a limit measured in the same run.

Started by bench/run, which builds the jar and the empty application of our stack. For
PostgreSQL and then H2 it starts the jar on a fresh database, makes two workspaces by
sign-up, fills them straight through JDBC batches with the same seed (bench/BenchData.java:
2,000 clients for the main rows, 20,000 for the scale rows), and measures:

- API reads and pages under 16 concurrent clients (wrk): req/s, p50, p99, and the ratio of
  req/s to the same server's cheapest authenticated endpoint (GET /api/v1/me);
- aggregate pages against the plain SQL that computes their numbers (ratio app/SQL);
- search at 2,000 and 20,000 clients; SQL statements per request (the instance's
  aorhub.sql.statements counter read before and after one request);
- heap in use and resident memory after the load, against the empty application's;
- delivery at issue 20's size (a third workspace: 300 clients, 250 staff, 1,000,000 time
  entries over three years): the generator's time, the time-entry list and a person's
  month under load, the month and year time reports against their plain SQL, a month's CSV
  export (streamed: its time and the heap it leaves), the timesheet week page;
then start-up to the first answer on JDK 17 and on JDK 25 with an AOT cache, against the
empty application. The table goes to stdout and BENCHMARKS.md (between its markers).
"""
import argparse
import datetime
import glob
import http.cookiejar
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "target", "bench")
JDK17 = os.environ.get("JDK17_HOME") or next(iter(sorted(glob.glob("/usr/lib/jvm/java-17-openjdk*"))), None)
JDK25 = os.environ.get("JDK25_HOME") or next(iter(sorted(glob.glob("/usr/lib/jvm/*25*"))), None)
OPERATOR = "bench-operator-token"
PORT = int(os.environ.get("PORT", "18555"))
BASE = f"http://127.0.0.1:{PORT}"
PG = os.environ.get("PG_URL", "jdbc:postgresql://127.0.0.1:5432/")
SEED = 42

# Targets of issue 19: (ratio to the cheapest endpoint at least, p99 at most in ms).
API_TARGET = (0.40, 50)
PAGE_TARGET = (0.15, 150)
SEARCH_P99 = 100
START_RATIO = 1.3
# Targets of issue 20: time lists p99, report ratio and ceiling, export and timesheet ms,
# the generator's seconds.
TIME_LIST_P99 = 50
REPORT_RATIO, REPORT_MS = 1.5, 300
EXPORT_MS = 1000
TIMESHEET_MS = 50
GENERATOR_SECONDS = 180
DELIVERY_STAFF, DELIVERY_CLIENTS, DELIVERY_ENTRIES = 250, 300, 1_000_000


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the application

class App:
    """One running jar: start, wait for the first answer, stop."""

    def __init__(self, command, env, log_path):
        self.command, self.env, self.log_path = command, env, log_path
        self.process = None

    def start(self, timeout=180):
        started = time.monotonic()
        with open(self.log_path, "a") as out:
            self.process = subprocess.Popen(self.command, env={**os.environ, **self.env}, stdout=out,
                                            stderr=subprocess.STDOUT, cwd=ROOT)
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise SystemExit(f"the application stopped at start-up; see {self.log_path}")
            try:
                with urllib.request.urlopen(BASE + "/actuator/health", timeout=2) as response:
                    if response.status == 200:
                        return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(0.05)
        raise SystemExit(f"no answer after {timeout}s; see {self.log_path}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(180)  # a JVM writing its AOT cache takes a while
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def rss_mib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def request(method, path, body=None, token=None, opener=None, expect=(200, 201)):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with (opener or urllib.request.build_opener()).open(req, timeout=60) as response:
            text = response.read().decode()
            return response.status, text, response.geturl()
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        if error.code in expect:
            return error.code, text, path
        raise SystemExit(f"{method} {path} answered {error.code}: {text[:300]}")


def metric(name, tag=None):
    path = f"/actuator/metrics/{name}" + (f"?tag={tag}" if tag else "")
    _, text, _ = request("GET", path, token=OPERATOR)
    measurements = {m["statistic"]: m["value"] for m in json.loads(text)["measurements"]}
    return next(measurements[k] for k in ("VALUE", "COUNT", "ACTIVE_TASKS") if k in measurements)


def sign_up(workspace, email, password):
    request("POST", "/api/v1/signup", {"workspaceName": workspace, "email": email, "name": "Bench Admin",
                                       "password": password})


def api_token(email, password):
    _, text, _ = request("POST", "/api/v1/auth/tokens", {"email": email, "password": password, "name": "bench"})
    return json.loads(text)["token"]


def session_cookie(email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login").read().decode()
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"email": email, "password": password, "_csrf": csrf}).encode()
    opener.open(urllib.request.Request(BASE + "/login", data=form)).read()
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar if c.name != "remember-me")
    return cookie, opener


# ---------------------------------------------------------------- measuring

def wrk(url, header, seconds):
    """req/s, p50 ms, p99 ms of 16 connections for `seconds`; a non-2xx answer is an error.

    A request slower than 10 s counts as a timeout in wrk's figures. Afterwards it waits
    until the server has finished what wrk left behind, so no row pays for the one before.
    """
    out = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "--latency", "-H", header, url],
                         capture_output=True, text=True, check=True).stdout
    if "Non-2xx or 3xx responses" in out:
        raise SystemExit(f"wrk saw failed answers for {url}:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {p: to_ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M)}
    timeouts = re.search(r"timeout (\d+)", out)
    settle()
    if timeouts and int(timeouts.group(1)) > 0:
        # wrk leaves timed-out requests out of its latencies: the p99 is at least the timeout.
        return rps, latency.get("50", 10_000), 10_000
    return rps, latency["50"], latency["99"]


def settle(timeout=120):
    """Waits until no request but this one is in progress on the server."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if metric("http.server.requests.active") <= 1:
                return
        except (SystemExit, KeyError, IndexError, urllib.error.URLError):
            pass
        time.sleep(0.2)


def to_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def sequential_ms(path, header, runs):
    """The median of `runs` requests one at a time, as the SQL limit is timed."""
    name, value = header.split(": ", 1)
    timings = []
    for run in range(runs + 3):
        req = urllib.request.Request(BASE + path, headers={name: value})
        start = time.perf_counter()
        with urllib.request.urlopen(req, timeout=60) as response:
            response.read()
        if run >= 3:
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def statements(path, header):
    """SQL statements of one request: the instance's counter before and after, fewest of 3."""
    name, value = header.split(": ", 1)
    counts = []
    for _ in range(3):
        before = metric("aorhub.sql.statements")
        with urllib.request.urlopen(urllib.request.Request(BASE + path, headers={name: value}), timeout=60) as r:
            r.read()
        counts.append(metric("aorhub.sql.statements") - before)
    return int(min(counts))


def check_answers(path, header):
    """Each measured URL answers 200 with what it names, not a sign-in page."""
    name, value = header.split(": ", 1)
    with urllib.request.urlopen(urllib.request.Request(BASE + path, headers={name: value}), timeout=60) as response:
        body = response.read().decode()
        if response.status != 200 or "/login" in response.geturl() or 'name="password"' in body:
            raise SystemExit(f"{path} does not answer as a signed-in user")


# ---------------------------------------------------------------- one database

def database_rows(database, args, drivers, empty_memory):
    data_dir = tempfile.mkdtemp(prefix=f"aorhub-bench-{database}-")
    if database == "postgresql":
        pg_database = f"aorhub_bench_{int(time.time())}"
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c",
                        f'CREATE DATABASE "{pg_database}"'], check=True)
        url, user = PG + pg_database, "postgres"
    else:
        pg_database = None
        url = (f"jdbc:h2:file:{data_dir}/aorhub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
               "WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
        user = "sa"
    env = {"SERVER_PORT": str(PORT), "AORHUB_DATA_DIR": data_dir, "AORHUB_DEMO": "false",
           "SPRING_DATASOURCE_URL": url, "SPRING_DATASOURCE_USERNAME": user, "SPRING_DATASOURCE_PASSWORD": "",
           "AORHUB_OPERATOR_TOKEN": OPERATOR, "AORHUB_OPERATIONS_COUNT_STATEMENTS": "true",
           "JAVA_HOME": JDK17}
    # The benchmark measures speed, not refusals: it signs up and takes tokens from one
    # address, and later runs may add exports or PDFs.
    for operation in ("PDF", "EXPORTS", "IMPORTS", "TOKENS", "SIGNUP"):
        for scope in ("PERUSER", "PERWORKSPACE"):
            env[f"AORHUB_RATELIMITS_{operation}_{scope}"] = "1000000"
    app = App([f"{JDK17}/bin/java", "-Xmx512m", "-jar", args.jar], env, os.path.join(WORK, f"app-{database}.log"))
    rows = []
    try:
        log(f"{database}: first start (migrations), two workspaces by sign-up")
        app.start()
        password = "bench-Harbour-Quill-2026"
        accounts = {}
        for size in (2000, 20000, "delivery"):
            email = f"bench{size}-{int(time.time())}@bench.example"
            sign_up(f"Bench {size}", email, password)
            accounts[size] = email
        app.stop()
        for size in (2000, 20000, "delivery"):
            clients = DELIVERY_CLIENTS if size == "delivery" else size
            log(f"{database}: generating {clients:,} clients (seed {SEED})")
            subprocess.run([f"{JDK17}/bin/java", "-cp", drivers, os.path.join(ROOT, "bench", "BenchData.java"),
                            "generate", url, user, "", f"Bench {size}", f"{clients}:{SEED}"], check=True,
                           stdout=sys.stderr)
        log(f"{database}: generating {DELIVERY_STAFF} staff and {DELIVERY_ENTRIES:,} time entries")
        out = subprocess.run([f"{JDK17}/bin/java", "-cp", drivers, os.path.join(ROOT, "bench", "BenchData.java"),
                              "time", url, user, "", "Bench delivery",
                              f"{DELIVERY_STAFF}:{DELIVERY_ENTRIES}:{SEED}"], check=True, capture_output=True,
                             text=True).stdout
        generated = next(line.split() for line in out.splitlines() if line.startswith("time_entries"))
        generator_seconds = float(generated[2])
        start_seconds = app.start()
        log(f"{database}: started on the filled database in {start_seconds:.1f}s; measuring")
        token = {size: api_token(accounts[size], password) for size in accounts}
        delivery_cookie, _ = session_cookie(accounts["delivery"], password)
        cookie, _ = session_cookie(accounts[2000], password)
        bearer = f"Authorization: Bearer {token[2000]}"
        bearer_scale = f"Authorization: Bearer {token[20000]}"
        page = f"Cookie: {cookie}"
        ids = {kind: json.loads(request("GET", f"/api/v1/{kind}?size=1", token=token[2000])[1])["items"][0]["id"]
               for kind in ("clients", "designations", "msas", "sows")}
        last_page = 2000 // 50 - 1

        api_cases = [
            ("API", "clients, first page", "/api/v1/clients?size=50", bearer),
            ("API", "clients, last page", f"/api/v1/clients?size=50&page={last_page}", bearer),
            ("API", "clients, filtered", "/api/v1/clients?q=summit&size=50", bearer),
            ("API", "client", f"/api/v1/clients/{ids['clients']}", bearer),
            ("API", "designations, first page", "/api/v1/designations?size=50", bearer),
            ("API", "designations, ours by value", "/api/v1/designations?ours=true&sort=annualValue,desc&size=100",
             bearer),
            ("API", "MSAs, first page", "/api/v1/msas?size=50", bearer),
            ("API", "SOWs, first page", "/api/v1/sows?size=50", bearer),
            ("API", "SOW", f"/api/v1/sows/{ids['sows']}", bearer),
            ("Search", "API search, 2,000 clients", "/api/v1/search?q=summit", bearer),
            ("Search", "API search, 20,000 clients", "/api/v1/search?q=summit", bearer_scale),
            ("Search", "API search infix, 20,000 clients", "/api/v1/search?q=otors", bearer_scale),
        ]
        page_cases = [
            ("Pages", "dashboard", "/", page),
            ("Pages", "clients", "/clients", page),
            ("Pages", "client", f"/clients/{ids['clients']}", page),
            ("Pages", "portfolio", "/portfolio", page),
            ("Pages", "renewals", "/renewals", page),
            ("Pages", "designation", f"/designations/{ids['designations']}", page),
            ("Pages", "MSA", f"/msas/{ids['msas']}", page),
            ("Pages", "SOW", f"/sows/{ids['sows']}", page),
            ("Search", "search page, 20,000 clients", "/search?q=summit", None),
        ]
        scale_cookie, _ = session_cookie(accounts[20000], password)
        page_cases = [(g, n, p, h or f"Cookie: {scale_cookie}") for g, n, p, h in page_cases]

        for _, _, path, header in api_cases + page_cases:
            check_answers(path, header)
        log(f"{database}: warming up")
        for _, _, path, header in [("", "", "/api/v1/me", bearer)] + api_cases + page_cases:
            wrk(BASE + path, header, args.warmup)
        me_rps, me_p50, me_p99 = wrk(BASE + "/api/v1/me", bearer, args.seconds)
        me_statements = statements("/api/v1/me", bearer)
        rows.append(("Limit", "GET /api/v1/me (the cheapest authenticated endpoint)",
                     f"{me_rps:,.0f} req/s, p50 {me_p50:.1f} ms, p99 {me_p99:.1f} ms", "—", "—", "—",
                     f"{me_statements}"))
        for group, what, path, header in api_cases + page_cases:
            log(f"{database}: {what}")
            rps, p50, p99 = wrk(BASE + path, header, args.seconds)
            count = statements(path, header)
            ratio = rps / me_rps
            if group == "Search":
                target, met = f"p99 ≤ {SEARCH_P99} ms", p99 <= SEARCH_P99
            else:
                least, ceiling = API_TARGET if group == "API" else PAGE_TARGET
                target, met = f"≥ {least:.0%}, p99 ≤ {ceiling} ms", ratio >= least and p99 <= ceiling
            rows.append((group, what, f"{rps:,.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms", "/api/v1/me",
                         f"{ratio:.0%}", f"{target}: {'met' if met else 'MISSED'}", f"{count}"))

        msa_path = f"/api/v1/msas/{ids['msas']}"
        before = metric("aorhub.sql.statements")
        msa = json.loads(request("GET", msa_path, token=token[2000])[1])
        request("PUT", msa_path, msa, token=token[2000])
        put_count = int(metric("aorhub.sql.statements") - before) - statements(msa_path, bearer)
        rows.append(("Writes", f"PUT {msa_path.replace(ids['msas'], '{id}')}, unchanged, "
                     f"{len(msa.get('designationIds') or [])} designations", "one request", "—", "—", "—",
                     f"{put_count}"))

        rows.extend(delivery_rows(database, args, token["delivery"], delivery_cookie, me_rps, generator_seconds))

        aggregates = {"portfolio": "/portfolio", "renewals": "/renewals", "dashboard": "/", "clients": "/clients"}
        app_ms = {name: sequential_ms(path, page, args.runs) for name, path in aggregates.items()}
        heap = metric("jvm.memory.used", "area:heap") / 1024 / 1024
        rss = app.rss_mib()
        rows.append(("Memory", "heap in use after the load", f"{heap:.0f} MiB", "empty app after its load",
                     f"{heap / empty_memory[0]:.1f}×", "—", ""))
        rows.append(("Memory", "resident size after the load", f"{rss:.0f} MiB", "empty app after its load",
                     f"{rss / empty_memory[1]:.1f}×", "—", ""))
        app.stop()
        log(f"{database}: timing the plain SQL of the aggregate pages")
        out = subprocess.run([f"{JDK17}/bin/java", "-cp", drivers, os.path.join(ROOT, "bench", "BenchData.java"),
                              "sql", url, user, "", "Bench 2000", str(args.runs)], check=True, capture_output=True,
                             text=True).stdout
        sql_ms = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line.strip()}
        sql_rows = {line.split()[0]: int(line.split()[2]) for line in out.splitlines() if line.strip()}
        for name, path in aggregates.items():
            rows.append(("Aggregates", f"{path} page, one at a time", f"{app_ms[name]:.1f} ms",
                         f"its plain SQL {sql_ms[name]:.2f} ms ({sql_rows[name]} rows)", f"{app_ms[name] / sql_ms[name]:.1f}×", "—", ""))
        out = subprocess.run([f"{JDK17}/bin/java", "-cp", drivers, os.path.join(ROOT, "bench", "BenchData.java"),
                              "timesql", url, user, "", "Bench delivery", f"{args.runs}:{REPORT_MONTH}"], check=True,
                             capture_output=True, text=True).stdout
        report_sql = {line.split()[0]: (float(line.split()[1]), int(line.split()[2]))
                      for line in out.splitlines() if line.strip()}
        for name, what in (("time_month", "month report by client × SOW × person"),
                           ("time_year", "year report by client × month")):
            app_report = DELIVERY_REPORT_MS[name]
            sql_report, sql_count = report_sql[name]
            ratio = app_report / sql_report
            met = ratio <= REPORT_RATIO and app_report < REPORT_MS
            rows.append(("Delivery", f"{what}, one at a time", f"{app_report:.1f} ms",
                         f"its plain SQL {sql_report:.2f} ms ({sql_count} rows)", f"{ratio:.1f}×",
                         f"≤ {REPORT_RATIO}×, < {REPORT_MS} ms: {'met' if met else 'MISSED'}", ""))
        rows.append(("Start-up", "to the first answer on this filled database, JDK 17", f"{start_seconds:.1f} s",
                     "see Start-up rows", "—", "—", ""))
        return rows, data_dir
    finally:
        app.stop()
        if pg_database:
            subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c",
                            f'DROP DATABASE IF EXISTS "{pg_database}" WITH (FORCE)'], check=False)


# ---------------------------------------------------------------- delivery

LAST_MONTH_END = datetime.date.today().replace(day=1) - datetime.timedelta(days=1)
REPORT_MONTH = f"{LAST_MONTH_END:%Y-%m}"
DELIVERY_REPORT_MS = {}


def delivery_rows(database, args, token, cookie, me_rps, generator_seconds):
    """Issue 20's figures on the delivery workspace; the report timings wait for their SQL."""
    rows = []
    bearer = f"Authorization: Bearer {token}"
    page = f"Cookie: {cookie}"
    me = json.loads(request("GET", "/api/v1/me", token=token)[1])
    user_id = me.get("userId") or me.get("id")
    first = LAST_MONTH_END.replace(day=1)
    year_first = (first.replace(day=1) - datetime.timedelta(days=320)).replace(day=1)
    month = f"from={first}&to={LAST_MONTH_END}"
    monday = datetime.date.today() - datetime.timedelta(days=datetime.date.today().weekday() + 7)
    rows.append(("Delivery", f"generator: {DELIVERY_ENTRIES:,} time entries, {DELIVERY_STAFF} staff, "
                 f"{DELIVERY_CLIENTS} clients", f"{generator_seconds:.0f} s", "batched JDBC inserts", "—",
                 f"< {GENERATOR_SECONDS} s: {'met' if generator_seconds < GENERATOR_SECONDS else 'MISSED'}", ""))
    lists = [("time entries, first page", "/api/v1/time-entries?size=50"),
             ("time entries, a person's month", f"/api/v1/time-entries?userId={user_id}&{month}&size=50")]
    for what, path in lists:
        check_answers(path, bearer)
        wrk(BASE + path, bearer, args.warmup)
        log(f"{database}: {what}")
        rps, p50, p99 = wrk(BASE + path, bearer, args.seconds)
        rows.append(("Delivery", what, f"{rps:,.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms", "/api/v1/me",
                     f"{rps / me_rps:.0%}", f"p99 ≤ {TIME_LIST_P99} ms: {'met' if p99 <= TIME_LIST_P99 else 'MISSED'}",
                     f"{statements(path, bearer)}"))
    reports = {"time_month": f"/api/v1/reports/time?{month}&groupBy=client,sow,user",
               "time_year": f"/api/v1/reports/time?from={year_first}&to={LAST_MONTH_END}&groupBy=client,month"}
    for name, path in reports.items():
        check_answers(path, bearer)
        DELIVERY_REPORT_MS[name] = sequential_ms(path, bearer, args.runs)

    export = f"/api/v1/time-entries/export?format=csv&{month}"
    heap_before = metric("jvm.memory.used", "area:heap") / 1024 / 1024
    timings, size, lines = [], 0, 0
    for run in range(3):
        req = urllib.request.Request(BASE + export, headers={"Authorization": f"Bearer {token}"})
        start = time.perf_counter()
        with urllib.request.urlopen(req, timeout=120) as response:
            body = response.read()
        timings.append((time.perf_counter() - start) * 1000)
        size, lines = len(body), body.count(b"\n")
    heap_after = metric("jvm.memory.used", "area:heap") / 1024 / 1024
    export_ms = statistics.median(timings)
    rows.append(("Delivery", f"a month's CSV export, {lines - 1:,} rows, {size / 1024 / 1024:.1f} MiB",
                 f"{export_ms:.0f} ms", f"heap {heap_before:.0f} → {heap_after:.0f} MiB", "—",
                 f"≤ {EXPORT_MS} ms: {'met' if export_ms <= EXPORT_MS else 'MISSED'}", ""))

    timesheet = f"/time?week={monday}"
    check_answers(timesheet, page)
    timesheet_ms = sequential_ms(timesheet, page, args.runs)
    rows.append(("Delivery", "timesheet week page, one at a time", f"{timesheet_ms:.1f} ms", "—", "—",
                 f"≤ {TIMESHEET_MS} ms: {'met' if timesheet_ms <= TIMESHEET_MS else 'MISSED'}",
                 f"{statements(timesheet, page)}"))
    return rows


# ---------------------------------------------------------------- start-up

def startup_rows(args, h2_dir):
    """Ours on the filled H2 database, the empty app of our stack beside it, back to back."""
    empty_dir = tempfile.mkdtemp(prefix="aorhub-bench-empty-")
    ours_env = {"SERVER_PORT": str(PORT), "AORHUB_DATA_DIR": h2_dir, "AORHUB_DEMO": "false"}
    empty_env = {"SERVER_PORT": str(PORT), "AORHUB_DATA_DIR": empty_dir}
    jars = {"ours": args.jar, "empty": args.empty_jar}
    envs = {"ours": ours_env, "empty": empty_env}
    medians = {}
    for jdk, label in ((JDK17, "JDK 17"), (JDK25, "JDK 25 + AOT cache")):
        if not jdk:
            medians[label] = None
            continue
        commands = {}
        for kind, jar in jars.items():
            if label.startswith("JDK 17"):
                commands[kind] = [f"{jdk}/bin/java", "-Xmx512m", "-jar", jar]
                continue
            extracted = os.path.join(WORK, f"aot-{kind}")
            shutil.rmtree(extracted, ignore_errors=True)
            subprocess.run([f"{jdk}/bin/java", "-Djarmode=tools", "-jar", jar, "extract", "--destination",
                            extracted], check=True, stdout=subprocess.DEVNULL)
            app_jar = glob.glob(os.path.join(extracted, "*.jar"))[0]
            cache = os.path.join(extracted, "app.aot")
            # Trained through the first answer, not Boot's exit on refresh: with JPA's deferred
            # bootstrap, repositories start after the refresh and the cache would miss them.
            log(f"start-up: training the AOT cache of {kind}")
            training = App([f"{jdk}/bin/java", "-Xmx512m", f"-XX:AOTCacheOutput={cache}", "-jar", app_jar],
                           envs[kind], os.path.join(WORK, f"aot-{kind}.log"))
            try:
                training.start()
            finally:
                training.stop()
            commands[kind] = [f"{jdk}/bin/java", "-Xmx512m", f"-XX:AOTCache={cache}", "-jar", app_jar]
        timings = {"ours": [], "empty": []}
        for run in range(args.starts):
            for kind in ("empty", "ours"):
                app = App(commands[kind], envs[kind], os.path.join(WORK, f"start-{kind}.log"))
                try:
                    timings[kind].append(app.start())
                finally:
                    app.stop()
        medians[label] = (statistics.median(timings["ours"]), statistics.median(timings["empty"]))
        log(f"start-up {label}: ours {timings['ours']}, empty {timings['empty']}")
    rows = []
    for label, pair in medians.items():
        if pair is None:
            rows.append(("Start-up", f"to the first answer, {label}", "no such JDK here", "—", "—", "—", ""))
            continue
        ours, empty = pair
        ratio = ours / empty
        rows.append(("Start-up", f"to the first answer, {label} (median of {args.starts})", f"{ours:.1f} s",
                     f"empty app of our stack {empty:.1f} s", f"{ratio:.2f}×",
                     f"≤ {START_RATIO}×: {'met' if ratio <= START_RATIO else 'MISSED'}", ""))
    shutil.rmtree(empty_dir, ignore_errors=True)
    return rows


def empty_app_memory(args):
    """Heap and resident size of the empty app after the same kind of load as ours."""
    empty_dir = tempfile.mkdtemp(prefix="aorhub-bench-empty-")
    app = App([f"{JDK17}/bin/java", "-Xmx512m", "-jar", args.empty_jar],
              {"SERVER_PORT": str(PORT), "AORHUB_DATA_DIR": empty_dir}, os.path.join(WORK, "empty-memory.log"))
    try:
        app.start()
        wrk(BASE + "/hello", "Accept: text/plain", args.seconds)
        return metric("jvm.memory.used", "area:heap") / 1024 / 1024, app.rss_mib()
    finally:
        app.stop()
        shutil.rmtree(empty_dir, ignore_errors=True)


# ---------------------------------------------------------------- the table

def table(rows_by_database, started, args):
    header = ("", "what", "figure", "limit (same run)", "ratio", "target", "SQL statements")
    lines = []
    for database, rows in rows_by_database:
        lines.append(f"\n### {database}\n")
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        for row in rows:
            lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
    missed = sum("MISSED" in row[5] for _, rows in rows_by_database for row in rows)
    met = sum(": met" in row[5] for _, rows in rows_by_database for row in rows)
    summary = (f"Run of {datetime.date.today()} ({'quick' if args.quick else 'full'}: wrk 16 connections "
               f"{args.seconds} s a row after {args.warmup} s of warm-up, {args.starts} starts a JDK; "
               f"{time.monotonic() - started:.0f} s in all) on {os.cpu_count()} cores: "
               f"{met} targets met, {missed} missed.")
    return summary, "\n".join(lines)


def write_benchmarks(summary, text):
    path = os.path.join(ROOT, "BENCHMARKS.md")
    begin, end = "<!-- bench/run table: begin -->", "<!-- bench/run table: end -->"
    block = f"{begin}\n{summary}\n{text}\n{end}"
    current = open(path).read() if os.path.exists(path) else f"# Benchmarks\n\n{begin}\n{end}\n"
    if begin in current:
        current = current[:current.index(begin)] + block + current[current.index(end) + len(end):]
    else:
        current += "\n" + block + "\n"
    with open(path, "w") as out:
        out.write(current)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--jar", required=True)
    parser.add_argument("--empty-jar", required=True)
    parser.add_argument("--drivers", required=True)
    parser.add_argument("--only", choices=["postgresql", "h2"], help="one database (start-up needs h2)")
    args = parser.parse_args()
    args.seconds = 3 if args.quick else 15
    args.warmup = 1 if args.quick else 5
    args.starts = 2 if args.quick else 5
    args.runs = 20 if args.quick else 50
    os.makedirs(WORK, exist_ok=True)
    started = time.monotonic()
    empty_memory = empty_app_memory(args)
    results = []
    h2_dir = None
    for database in ("postgresql", "h2"):
        if args.only and args.only != database:
            continue
        rows, data_dir = database_rows(database, args, args.drivers, empty_memory)
        if database == "h2":
            h2_dir = data_dir
        else:
            shutil.rmtree(data_dir, ignore_errors=True)
        results.append(("PostgreSQL, freshly loaded" if database == "postgresql" else "H2 (embedded, file)", rows))
    if h2_dir:
        results.append(("Start-up (H2, the filled database; empty app beside it)", startup_rows(args, h2_dir)))
        shutil.rmtree(h2_dir, ignore_errors=True)
    summary, text = table(results, started, args)
    print(summary)
    print(text)
    write_benchmarks(summary, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
