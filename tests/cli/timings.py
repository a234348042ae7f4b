#!/usr/bin/env python3
"""`check --timings` against the JSON report of the same run.

For each plan, standard error must give one header line (load, build, the
evaluation's wall time and the queries' times summed) whose figures are the
report's `timings` (load, build, evaluate, and the sum of its per-query
seconds), then one line per query of that plan, slowest first, whose steps
and subjects are the report's; after the last plan, the time the reports
took to write. Without --timings, nothing goes to standard error, and the
report is the same apart from times.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]
PLANS = [os.path.join(ROOT, "samples", name, "plan.json")
         for name in ("dr-flawed", "peering-modules")]
HEADER = re.compile(r"^(?P<plan>.+): load (?P<load>[0-9.]+) s, build (?P<build>[0-9.]+) s, "
                    r"evaluation (?P<eval>[0-9.]+) s \(queries (?P<summed>[0-9.]+) s summed\)$")
QUERY = re.compile(r"^ +(?P<secs>[0-9.]+) s +(?P<steps>[0-9]+) steps +(?P<subjects>[0-9]+) "
                   r"subjects  (?P<id>\S+)$")
WRITTEN = re.compile(r"^reports written in [0-9.]+ s$")
FAILURES = []


def fail(msg):
    FAILURES.append(msg)


def near(shown, exact, what):
    # Printed with three decimals: a thousandth either way is rounding.
    if abs(float(shown) - exact) > 0.0011:
        fail("%s: --timings shows %s, the report %.6f" % (what, shown, exact))


def run(extra, out):
    cmd = [BIN, "check", *PLANS, "--format", "json", "-o", out, "--soft-fail", "-j2", *extra]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        fail("%s: exit %d: %s" % (" ".join(cmd), p.returncode, p.stderr))
    with open(out) as f:
        return p.stderr, json.load(f)


def check_lines(stderr, report):
    lines = stderr.splitlines()
    if not lines or not WRITTEN.match(lines[-1]):
        fail("the last line is not the reports' write time: %r" % lines[-1:])
    plans = report["plans"]
    at = 0
    for p in plans:
        if at >= len(lines):
            fail("no header for %s" % p["plan"])
            return
        m = HEADER.match(lines[at])
        if not m or m.group("plan") != p["plan"]:
            fail("line %d is not the header of %s: %r" % (at + 1, p["plan"], lines[at]))
            return
        t = p["timings"]
        near(m.group("load"), t["load"], p["plan"] + " load")
        near(m.group("build"), t["build"], p["plan"] + " build")
        near(m.group("eval"), t["evaluate"], p["plan"] + " evaluation")
        queries = t["queries"]
        near(m.group("summed"), sum(q["seconds"] for q in queries.values()),
             p["plan"] + " queries summed")
        at += 1
        seen, last = [], None
        while at < len(lines) and QUERY.match(lines[at]):
            q = QUERY.match(lines[at])
            qid = q.group("id")
            seen.append(qid)
            if qid not in queries:
                fail("%s: --timings names %s, which the report has not" % (p["plan"], qid))
            else:
                near(q.group("secs"), queries[qid]["seconds"], "%s %s" % (p["plan"], qid))
                if int(q.group("steps")) != queries[qid]["steps"]:
                    fail("%s %s: steps %s, the report %d" % (p["plan"], qid, q.group("steps"),
                                                             queries[qid]["steps"]))
                if int(q.group("subjects")) != queries[qid]["subjects"]:
                    fail("%s %s: subjects %s, the report %d" % (
                        p["plan"], qid, q.group("subjects"), queries[qid]["subjects"]))
            if last is not None and float(q.group("secs")) > last:
                fail("%s: %s is listed after a faster query" % (p["plan"], qid))
            last = float(q.group("secs"))
            at += 1
        if sorted(seen) != sorted(queries):
            fail("%s: --timings lists %d queries, the report %d" % (p["plan"], len(seen),
                                                                  len(queries)))
        if not any(queries[q]["subjects"] for q in queries):
            fail("%s: no query has a subject; the sample checks nothing" % p["plan"])
    if at != len(lines) - 1:
        fail("unexpected lines: %r" % lines[at:-1])


def without_times(report):
    for p in report["plans"]:
        p.pop("timings", None)
        for s in p.get("suites", []):
            s.pop("time", None)
            s.pop("timestamp", None)
    return report


def main():
    with tempfile.TemporaryDirectory() as tmp:
        stderr, report = run(["--timings"], os.path.join(tmp, "timed.json"))
        if len(report.get("plans", [])) != len(PLANS):
            fail("the report covers %d plans, not %d" % (len(report.get("plans", [])),
                                                         len(PLANS)))
        check_lines(stderr, report)
        quiet, plain = run([], os.path.join(tmp, "plain.json"))
        if quiet:
            fail("without --timings standard error is not empty: %r" % quiet[:200])
        if without_times(plain) != without_times(report):
            fail("--timings changed the report")
    for f in FAILURES:
        print("FAIL: " + f)
    print("timings: %d problems" % len(FAILURES))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
