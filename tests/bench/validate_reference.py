#!/usr/bin/env python3
"""The same offline work as `invitedesk-cli validate`, written plainly in Python with csv, re and json.

It is the yardstick of the validate benchmark: read the CSV, map the headers (aliases, dotted metadata with typed
values), check every row (email, role, redirect URL, expiry, notify, duplicates), and build the JSON payload of each
row fit to send. Prints the same summary numbers so the two can be compared.
"""
import csv
import json
import re
import sys

ALIASES = {
    "emailaddress": "email_address", "email": "email_address", "mail": "email_address",
    "role": "role", "redirecturl": "redirect_url", "redirect": "redirect_url",
    "inviteruserid": "inviter_user_id", "inviter": "inviter_user_id",
    "expiresindays": "expires_in_days", "expires": "expires_in_days", "notify": "notify",
    "publicmetadata": "public_metadata", "privatemetadata": "private_metadata",
}
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")
ROLE = re.compile(r"^org:[a-z0-9_-]{1,60}$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
INTEGER = re.compile(r"^-?(0|[1-9][0-9]*)$")
DECIMAL = re.compile(r"^-?(0|[1-9][0-9]*)\.[0-9]+$")


def normalize(header):
    return re.sub(r"[\s_-]", "", header).lower()


def typed(text):
    text = text.strip()
    if INTEGER.match(text):
        return int(text)
    if DECIMAL.match(text):
        return float(text)
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def main(path, default_role="org:member"):
    with open(path, newline="", encoding="utf-8-sig") as f:
        sample = f.read(65536)
        f.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        reader = csv.reader(f, dialect)
        header = next(reader)
        plain, dotted = {}, []
        for i, name in enumerate(header):
            prefix, _, rest = name.partition(".")
            key = normalize(prefix)
            if rest and key in ("publicmetadata", "privatemetadata"):
                dotted.append((i, ALIASES[key], rest.split(".")))
            elif key in ALIASES:
                plain[ALIASES[key]] = i
        seen, problems, payloads = {}, 0, []
        rows = 0
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            get = lambda field: row[plain[field]].strip() if field in plain and plain[field] < len(row) else ""
            email, role = get("email_address"), get("role")
            ok = bool(EMAIL.match(email))
            ok &= not role or bool(ROLE.match(role))
            url = get("redirect_url")
            ok &= not url or bool(URL.match(url))
            expires = get("expires_in_days")
            ok &= not expires or (expires.isdigit() and 1 <= int(expires) <= 365)
            lowered = email.lower()
            if lowered in seen:
                ok = False
            else:
                seen[lowered] = rows
            if not ok:
                problems += 1
                continue
            item = {"email_address": email, "role": role or default_role}
            if url:
                item["redirect_url"] = url
            if expires:
                item["expires_in_days"] = int(expires)
            for i, field, keys in dotted:
                if i < len(row) and row[i].strip():
                    node = item.setdefault(field, {})
                    for key in keys[:-1]:
                        node = node.setdefault(key, {})
                    node[keys[-1]] = typed(row[i])
            payloads.append(json.dumps(item, separators=(",", ":")))
    print(f"{path}: checked {rows} rows: {len(payloads)} ready to send, {problems} with problems")


if __name__ == "__main__":
    main(sys.argv[1])
