#!/usr/bin/env python3
"""Failure messages say what is wrong: on every sample and every real-world
plan (tests/realworld, and ../shared/realworld when present), checked on the
plan alone, no failing subject's message is unknown as a whole or ends in an
unknown part ("... will not replicate: (known after apply)"). A query's
message may leave out a problem the plan cannot tell; it may not let that
problem hide the one that failed the subject."""
import glob
import json
import os
import subprocess
import sys

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]


def plans():
    found = sorted(glob.glob(os.path.join(ROOT, "samples", "*", "plan.json")))
    found += sorted(glob.glob(os.path.join(ROOT, "tests", "realworld", "*", "plan.json")))
    shared = os.path.join(ROOT, "..", "shared", "realworld")
    found += sorted(glob.glob(os.path.join(shared, "*", "plan.json")))
    return found


def main():
    problems = []
    checked = 0
    for plan in plans():
        p = subprocess.run([BIN, "check", plan, "--format", "json"], capture_output=True,
                           text=True, timeout=300)
        if p.returncode not in (0, 1):
            problems.append(f"{plan}: exit {p.returncode}: {p.stderr.strip()[:200]}")
            continue
        for suite in json.loads(p.stdout)["plans"][0]["suites"]:
            for x in suite["subjects"]:
                if x["outcome"] != "fail":
                    continue
                checked += 1
                message = (x.get("message") or "").rstrip()
                if not message or message.endswith("(known after apply)"):
                    problems.append(f"{os.path.relpath(plan, ROOT)} {suite['id']} {x['name']}: "
                                    f"{message[-160:]!r}")
    for pr in problems:
        print(f"messages_known: FAIL: {pr}")
    print(f"messages_known: {checked} failing subjects, {len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
