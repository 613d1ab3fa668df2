#!/usr/bin/env python3
"""Fills a fresh AOR Hub workspace with agency-scale data through the public REST API.

It signs up a new workspace, then creates clients (with contacts) and AOR designations
spread over categories, markets, kinds, statuses and terms, including renewals coming due.
Going through the API keeps every rule and audit entry honest; it prints what it made.

    python3 bench/generate.py --base http://localhost:18080 --clients 2000 --designations 5000
"""
import argparse
import datetime
import json
import random
import sys
import time
import urllib.error
import urllib.request
import uuid

INDUSTRIES = ["Retail", "CPG", "Automotive", "Fintech", "Healthcare", "Travel", "Telecom", "Beverages",
              "Fashion", "SaaS", "QSR", "Insurance", "Energy", "Media", "Gaming"]
MARKETS = ["Global", "North America", "EMEA", "APAC", "LATAM", "United States", "United Kingdom", "Germany"]
LEVELS = ["EXECUTIVE", "SENIOR", "MANAGER", "WORKING"]
OTHER_AGENCIES = ["Wieden Partners", "Ogilvy North", "Mindline Media", "Droga Studio", "Publicis East"]


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.token = None

    def call(self, method, path, body=None, expect=(200, 201)):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return response.status, (json.loads(text) if text else None)
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            if error.code in expect:
                return error.code, json.loads(text) if text else None
            raise SystemExit(f"{method} {path} answered {error.code}: {text[:400]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:18080")
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--contacts-per-client", type=int, default=2)
    parser.add_argument("--designations", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--credentials", default="bench/.credentials.json")
    args = parser.parse_args()
    random.seed(args.seed)

    api = Api(args.base)
    email = f"bench-{uuid.uuid4().hex[:8]}@bench.example"
    password = "bench-password-2026"
    api.call("POST", "/api/v1/signup", {"workspaceName": "Benchmark Agency", "email": email,
                                        "name": "Bench Admin", "password": password})
    _, token = api.call("POST", "/api/v1/auth/tokens", {"email": email, "password": password, "name": "bench"})
    api.token = token["token"]
    with open(args.credentials, "w") as out:
        json.dump({"email": email, "password": password, "token": api.token}, out)

    started = time.time()
    client_ids = []
    for i in range(args.clients):
        _, client = api.call("POST", "/api/v1/clients", {
            "name": f"{random.choice(['Apex', 'Blue', 'North', 'Nova', 'Summit', 'Urban', 'Vivid'])} "
                    f"{random.choice(INDUSTRIES)} {i:05d}",
            "industry": random.choice(INDUSTRIES), "status": random.choice(["ACTIVE"] * 4 + ["PROSPECT", "FORMER"]),
            "paymentTermsDays": random.choice([30, 45, 60]), "tags": random.sample(["global", "priority", "retained",
                                                                                     "new", "at-risk"], 2)})
        client_ids.append(client["id"])
        for c in range(args.contacts_per_client):
            api.call("POST", f"/api/v1/clients/{client['id']}/contacts", {
                "name": f"Contact {i}-{c}", "email": f"contact{i}.{c}@client{i}.example",
                "title": random.choice(["CMO", "VP Marketing", "Brand Manager", "Media Director"]),
                "level": LEVELS[c % len(LEVELS)], "primary": c == 0})
    clients_done = time.time()

    _, categories = api.call("GET", "/api/v1/service-categories?size=500")
    category_ids = [c["id"] for c in categories["items"]]
    today = datetime.date.today()
    used = set()
    made = 0
    attempts = 0
    while made < args.designations and attempts < args.designations * 3:
        attempts += 1
        client = random.choice(client_ids)
        category = random.choice(category_ids)
        market = random.choice(MARKETS)
        if (client, category, market) in used:
            continue
        used.add((client, category, market))
        start = today - datetime.timedelta(days=random.randint(0, 900))
        end = start + datetime.timedelta(days=random.choice([365, 730, 1095]))
        ours = random.random() < 0.7
        body = {"clientId": client, "categoryId": category, "market": market,
                "kind": random.choice(["EXCLUSIVE", "EXCLUSIVE", "PREFERRED", "PROJECT"]),
                "status": random.choice(["ACTIVE"] * 6 + ["UNDER_REVIEW", "PITCHING", "ENDED"]),
                "agencyName": None if ours else random.choice(OTHER_AGENCIES),
                "scope": "Benchmark scope", "startDate": start.isoformat(), "endDate": end.isoformat(),
                "renewalNoticeDays": random.choice([60, 90, 120]),
                "annualValue": {"amount": str(random.randint(50, 5000) * 1000), "currency": "USD"}}
        status, _ = api.call("POST", "/api/v1/designations", body, expect=(201, 409))
        if status == 201:
            made += 1
    finished = time.time()
    print(f"workspace {email}: {len(client_ids)} clients, {len(client_ids) * args.contacts_per_client} contacts "
          f"in {clients_done - started:.0f}s; {made} designations in {finished - clients_done:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
