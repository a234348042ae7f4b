#!/usr/bin/env python3
"""The JSON report against its published schema (docs/report.schema.json,
JSON Schema 2020-12, checked with the jsonschema package):

- every sample's `check --format json`, one report of all the samples
  together, a run with parameters of every type set and left at their
  defaults, and a run with a waiver and a baseline validate; what a schema
  cannot say is checked here (an edge per pair of path nodes, counts that
  add up, a timing per suite);
- the reports, taken together, exercise every kind of value the schema
  allows (each outcome, each parameter type, paths with recorded and
  unrecorded edges, waived and baselined subjects...), so the validation
  is not vacuous;
- broken copies of a real report (the old flat path and string
  parameters, a field added, renamed or retyped, the version bumped) are
  rejected, so a report that drifts from the schema fails this test;
- the schema names no field that docs/report-format.md does not document,
  and the documented version is the one the reports carry.
"""
import copy
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema not installed (scripts/setup installs it): skipped")
    sys.exit(77)

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]
SCHEMA_PATH = os.path.join(ROOT, "docs", "report.schema.json")
DOC_PATH = os.path.join(ROOT, "docs", "report-format.md")
QUERY = os.path.join(ROOT, "tests", "queries", "report", "typed-params.pgq")
FAILURES = []


def fail(msg):
    FAILURES.append(msg)


def check_json(*args, cwd=ROOT):
    out = subprocess.run([BIN, "check", *args, "--format", "json", "--soft-fail"],
                         cwd=cwd, capture_output=True, text=True)
    if out.returncode != 0:
        fail("check %s: exit %d: %s" % (" ".join(args), out.returncode, out.stderr))
        return None
    return json.loads(out.stdout)


def errors(validator, report):
    return sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))


def semantic(name, report):
    """What the schema cannot express."""
    s = report["summary"]
    suites = [q for p in report["plans"] for q in p["suites"]]
    if s["queries"] != len(suites):
        fail("%s: summary.queries %d, %d suites" % (name, s["queries"], len(suites)))
    for key in ("passed", "failed", "unknown", "suppressed", "baselined"):
        if s[key] != sum(q[key] for q in suites):
            fail("%s: summary.%s is not the sum over suites" % (name, key))
    if s["skipped"] != sum(1 for q in suites if q["skipped"] is not None):
        fail("%s: summary.skipped is not the number of skipped suites" % name)
    for p in report["plans"]:
        if sorted(p["timings"]["queries"]) != sorted(q["id"] for q in p["suites"]):
            fail("%s: %s: timings.queries is not one entry per suite" % (name, p["plan"]))
        for q in p["suites"]:
            counted = sum(q[k] for k in ("passed", "failed", "unknown", "suppressed",
                                         "baselined"))
            if counted != len(q["subjects"]):
                fail("%s: %s: counts add up to %d, %d subjects"
                     % (name, q["id"], counted, len(q["subjects"])))
            for sub in q["subjects"]:
                for path in sub["paths"]:
                    if len(path["edges"]) != len(path["nodes"]) - 1:
                        fail("%s: %s: a path of %d nodes with %d edges"
                             % (name, sub["name"], len(path["nodes"]), len(path["edges"])))


def coverage(reports):
    """Which kinds of value the validated reports hold."""
    seen = set()
    for r in reports:
        if r.get("errors"):
            seen.add("plan in error")
        for p in r["plans"]:
            for q in p["suites"]:
                seen.add("skipped suite" if q["skipped"] else "suite with subjects")
                for v in q["parameters"].values():
                    if isinstance(v, list):
                        kinds = {type(x).__name__ for x in v}
                        seen.add("list<%s> parameter" % ("/".join(sorted(kinds)) or "empty"))
                    else:
                        seen.add("%s parameter" % type(v).__name__)
                for sub in q["subjects"]:
                    seen.add("outcome " + sub["outcome"])
                    seen.add("file" if sub["file"] else "no file")
                    if sub["suppressed"]:
                        seen.add("suppressed")
                    if sub["baselined"]:
                        seen.add("baselined")
                    if len(sub["paths"]) > 1:
                        seen.add("several paths")
                    for path in sub["paths"]:
                        for e in path["edges"]:
                            if e is None:
                                seen.add("unrecorded edge")
                            else:
                                seen.add("forward edge" if e["forward"] else "backward edge")
                                seen.add("labelled edge" if e["label"] else "unlabelled edge")
    return seen


WANT_COVERED = {
    "skipped suite", "suite with subjects", "outcome pass", "outcome fail", "outcome unknown",
    "file", "no file", "suppressed", "baselined", "several paths", "unrecorded edge",
    "forward edge", "labelled edge", "str parameter", "float parameter", "int parameter",
    "bool parameter", "NoneType parameter", "list<empty> parameter", "list<str> parameter",
    "list<int> parameter", "plan in error",
}


def broken_copies(report):
    """(what, a copy of report broken that way)."""
    suite = next(q for p in report["plans"] for q in p["suites"]
                 if any(s["paths"] for s in q["subjects"]))
    si = next(i for i, s in enumerate(suite["subjects"]) if s["paths"])

    def edit(fn):
        r = copy.deepcopy(report)
        q = next(q for p in r["plans"] for q in p["suites"] if q["id"] == suite["id"])
        fn(r, q, q["subjects"][si])
        return r

    def flat_path(r, q, s):
        s["path"] = "a -[reference x]-> b"
        del s["paths"]

    def old_header(r, q, s):
        r["version"] = r.pop("tool_version")

    def set_(obj, key, value):
        obj[key] = value

    return [
        ("a flat path string (the old layout)", edit(flat_path)),
        ("paths as one string", edit(lambda r, q, s: set_(s, "paths", "a -[reference x]-> b"))),
        ("a path of bare strings", edit(lambda r, q, s: set_(s["paths"][0], "edges", ["x"]))),
        ("an edge without forward", edit(lambda r, q, s: s["paths"][0]["edges"].__setitem__(
            0, {"kind": "reference", "label": None}))),
        ("a list parameter as a list of lists",
         edit(lambda r, q, s: set_(q["parameters"], "p", [["a"]]))),
        ("a parameter as an object", edit(lambda r, q, s: set_(q["parameters"], "p", {}))),
        ("the tool version as the format version", edit(old_header)),
        ("no version", edit(lambda r, q, s: r.pop("version"))),
        ("format version 2.0", edit(lambda r, q, s: set_(r, "version", "2.0"))),
        ("an undocumented field", edit(lambda r, q, s: set_(s, "severity", "high"))),
        ("a renamed field", edit(lambda r, q, s: set_(s, "resource", s.pop("resources")))),
        ("an unknown outcome", edit(lambda r, q, s: set_(s, "outcome", "passed"))),
        ("a line as a string", edit(lambda r, q, s: set_(s, "line", "12"))),
        ("a pass with a message", edit(lambda r, q, s: (set_(s, "outcome", "pass"),
                                                        set_(s, "message", "x")))),
        ("a negative count", edit(lambda r, q, s: set_(r["summary"], "failed", -1))),
        ("an unknown severity", edit(lambda r, q, s: set_(q, "severity", "CRITICAL"))),
        ("a timestamp with a zone", edit(lambda r, q, s: set_(q, "timestamp",
                                                              q["timestamp"] + "Z"))),
        ("a plan error without its message",
         edit(lambda r, q, s: set_(r, "errors", [{"plan": "p.json"}]))),
        ("plan errors as strings", edit(lambda r, q, s: set_(r, "errors", ["p.json"]))),
    ]


def schema_fields(node, out):
    if isinstance(node, dict):
        for k, v in node.get("properties", {}).items():
            out.add(k)
        for v in node.values():
            schema_fields(v, out)
    elif isinstance(node, list):
        for v in node:
            schema_fields(v, out)
    return out


def main():
    schema = json.load(open(SCHEMA_PATH))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    plans = sorted(glob.glob(os.path.join("samples", "*", "plan.json"), root_dir=ROOT))
    runs = [(p, (p,)) for p in plans]
    runs.append(("all samples in one report", tuple(plans)))
    runs.append(("typed parameters", ("samples/dr-two-region/plan.json", "--no-builtin",
                                      "--queries", QUERY, "--param", "strict=true",
                                      "--param", "names=us-east-1,us-west-2",
                                      "--param", "ports=22,8080")))
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        cfg = os.path.join(tmp, "waive.yml")
        with open(cfg, "w") as f:
            f.write("waivers:\n  - query: db-instance-class\n"
                    "    address: \"module.secondary.aws_rds_cluster_instance.db*\"\n"
                    "    reason: report format test\n    owner: team-test\n")
        base = os.path.join(tmp, "baseline.json")
        flawed = "samples/dr-flawed/plan.json"
        subprocess.run([BIN, "check", flawed, "--write-baseline", base, "--soft-fail"],
                       cwd=ROOT, capture_output=True, check=True)
        runs.append(("a waiver", (flawed, "--config", cfg)))
        runs.append(("a baseline", (flawed, "--baseline", base)))
        bad = subprocess.run([BIN, "check", flawed, "samples/no-such/plan.json", "--format",
                              "json", "--soft-fail"], cwd=ROOT, capture_output=True, text=True)
        if bad.returncode != 2:
            fail("a bad plan among several: exit %d, want 2" % bad.returncode)
        else:
            runs.append(("a bad plan among several", json.loads(bad.stdout)))
        for name, args in runs:
            report = args if isinstance(args, dict) else check_json(*args)
            if report is None:
                continue
            errs = errors(validator, report)
            for e in errs[:3]:
                fail("%s: %s at %s" % (name, e.message[:200],
                                       "/".join(map(str, e.absolute_path))))
            if not errs:  # the rest reads fields the schema promised
                semantic(name, report)
                reports.append((name, report))

    by_name = dict(reports)
    if len(by_name.get("all samples in one report", {}).get("plans", [])) != len(plans):
        fail("the report of all samples does not hold %d plans" % len(plans))
    typed = by_name.get("typed parameters")
    if typed:
        got = typed["plans"][0]["suites"][0]["parameters"]
        want = {"label": "vpc", "strict": True, "limit": 2.5, "ports": [22, 8080],
                "names": ["us-east-1", "us-west-2"], "unset": None}
        if got != want or any(type(got[k]) is not type(want[k]) for k in want):
            fail("typed parameters: %r, want %r" % (got, want))
    flawed = by_name.get("samples/dr-flawed/plan.json")
    if flawed:
        params = {q["id"]: q["parameters"] for q in flawed["plans"][0]["suites"]}
        want = {"forbidden_classes": ["db.t*"]}
        if params.get("db-instance-class") != want:
            fail("db-instance-class parameters: %r, want %r" % (params.get("db-instance-class"),
                                                                 want))
        if params.get("standby-capacity", {}).get("min_standby") != 1:
            fail("standby-capacity: min_standby is not the number 1")
    missing = WANT_COVERED - coverage([r for _, r in reports])
    if missing:
        fail("the reports never hold: %s (the schema is not exercised there)"
             % ", ".join(sorted(missing)))

    if flawed:
        for what, bad in broken_copies(flawed):
            if not errors(validator, bad):
                fail("the schema accepts a report with %s" % what)

    doc = open(DOC_PATH).read()
    undocumented = sorted(f for f in schema_fields(schema, set())
                          if "`%s`" % f not in doc)
    if undocumented:
        fail("docs/report-format.md does not document: %s" % ", ".join(undocumented))
    versions = {r["version"] for _, r in reports}
    for v in versions:
        if not re.search(r"\bversion\b.*`%s`" % re.escape(v), doc):
            fail("docs/report-format.md does not give the report version %s" % v)

    for f in FAILURES:
        print("FAIL", f)
    if FAILURES:
        return 1
    print("report format: %d reports valid against docs/report.schema.json, %d broken "
          "copies rejected" % (len(reports), len(broken_copies(flawed)) if flawed else 0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
