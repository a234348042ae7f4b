#!/usr/bin/env python3
"""The CI formats of `plangraph check` on every sample:

- SARIF (--format sarif and --sarif FILE) validates against the OASIS
  schema (tests/schemas/sarif-schema-2.1.0.json, draft-04) and meets GitHub
  code scanning's rules: a driver name, an id per rule, a message and a
  repository-relative physical location with a start line per result;
  a result per failing subject (plus notes for unknown ones unless
  --sarif-unknown omit) at the subject's file:line; fingerprints equal
  from run to run;
- --format github prints one workflow command per failing subject, with
  the file relative to the repository root and the line;
- --format gitlab is a Code Quality report: an issue per failing subject
  with a unique fingerprint, a known severity and a location;
- ci/github-action.yml and ci/gitlab-ci.yml parse as YAML and have the
  shape their CI systems want.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]
FAILURES = []


def fail(msg):
    FAILURES.append(msg)


def run(*args, cwd=ROOT):
    out = subprocess.run([BIN, "check", *args, "--soft-fail"], cwd=cwd,
                         capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"check {' '.join(args)}: exit {out.returncode}: {out.stderr}")
    return out.stdout


def subjects(plan):
    doc = json.loads(run(plan, "--format", "json", "--repo-root", ROOT))
    return [(q, s) for p in doc["plans"] for q in p["suites"] for s in q["subjects"]]


def where(sub, plan):
    return (os.path.normpath(sub["file"]), sub["line"]) if sub["file"] else (plan, 1)


def check_sarif(plan, validator, subs):
    doc = json.loads(run(plan, "--format", "sarif", "--repo-root", ROOT))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:3]:
        fail(f"{plan}: SARIF schema: {list(e.path)}: {e.message}")
    runs = doc["runs"]
    if len(runs) != 1 or not runs[0]["tool"]["driver"].get("name"):
        fail(f"{plan}: want one run with a driver name")
    run0 = runs[0]
    if [i["executionSuccessful"] for i in run0.get("invocations", [])] != [True] or \
            run0["invocations"][0]["toolExecutionNotifications"]:
        fail(f"{plan}: want one successful invocation without notifications")
    rules = run0["tool"]["driver"]["rules"]
    if any(not r.get("id") for r in rules):
        fail(f"{plan}: a rule without id")
    want = sorted((q["id"], s["name"], s["outcome"], *where(s, plan)) for q, s in subs
                  if s["outcome"] != "pass")
    got = []
    for r in run0["results"]:
        if not r.get("message", {}).get("text"):
            fail(f"{plan}: a result without message")
        loc = r["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        if uri.startswith("/") or ":" in uri.split("/")[0]:
            fail(f"{plan}: uri {uri} is not relative to the repository root")
        if rules[r["ruleIndex"]]["id"] != r["ruleId"]:
            fail(f"{plan}: ruleIndex does not name ruleId")
        if r["level"] == "note" and r["properties"]["outcome"] == "fail" and \
                rules[r["ruleIndex"]]["defaultConfiguration"]["level"] != "note":
            fail(f"{plan}: a failure reported as a note")
        got.append((r["ruleId"], r["properties"]["subject"], r["properties"]["outcome"],
                    uri, loc["region"]["startLine"]))
    if sorted(got) != want:
        fail(f"{plan}: SARIF results differ from the failing and unknown subjects:\n"
             f"  got  {sorted(got)[:3]}\n  want {want[:3]}")
    return doc


def check_sarif_options(plan):
    with tempfile.TemporaryDirectory() as tmp:
        side = os.path.join(tmp, "r.sarif")
        run(plan, "--sarif", side, "--sarif-unknown", "omit", "--repo-root", ROOT,
            "-o", os.path.join(tmp, "r.txt"))
        with open(side) as f:
            doc = json.load(f)
        if any(r["properties"]["outcome"] != "fail" for r in doc["runs"][0]["results"]):
            fail(f"{plan}: --sarif-unknown omit left an unknown subject in")
    first = json.loads(run(plan, "--format", "sarif", "--repo-root", ROOT))
    again = json.loads(run(plan, "--format", "sarif", "--repo-root", ROOT, "-j", "1"))
    fp = lambda d: [r["partialFingerprints"] for r in d["runs"][0]["results"]]
    if fp(first) != fp(again):
        fail(f"{plan}: fingerprints change from run to run")


GH = re.compile(r"^::(error|warning|notice) file=([^,]+),line=(\d+),title=([^:]+)::(.+)$")


def check_github(plan, subs):
    lines = run(plan, "--format", "github", "--repo-root", ROOT).splitlines()
    cmds = [l for l in lines if l.startswith("::")]
    want = sorted((q["id"], *where(s, plan)) for q, s in subs if s["outcome"] == "fail")
    got = []
    for c in cmds:
        m = GH.match(c)
        if not m:
            fail(f"{plan}: not a workflow command: {c[:100]}")
            continue
        got.append((m.group(4).split(" ")[0], m.group(2), int(m.group(3))))
    if sorted(got) != want:
        fail(f"{plan}: github commands differ from the failing subjects")
    if not lines or not lines[-1].startswith("plangraph: "):
        fail(f"{plan}: github output has no summary line")


def check_gitlab(plan, subs):
    issues = json.loads(run(plan, "--format", "gitlab", "--repo-root", ROOT))
    want = sorted((q["id"], *where(s, plan)) for q, s in subs if s["outcome"] == "fail")
    got = sorted((i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"])
                 for i in issues)
    if got != want:
        fail(f"{plan}: gitlab issues differ from the failing subjects")
    fps = [i["fingerprint"] for i in issues]
    if len(set(fps)) != len(fps):
        fail(f"{plan}: gitlab fingerprints are not unique")
    for i in issues:
        if i["severity"] not in ("info", "minor", "major", "critical", "blocker") or \
                not i["description"] or i["type"] != "issue":
            fail(f"{plan}: bad gitlab issue {i}")


def check_waived(validator):
    """Waived subjects: SARIF results with suppressions (schema-valid),
    left out of the GitHub and GitLab reports."""
    plan, cfg = "samples/dr-flawed/plan.json", "tests/config/waivers.yml"
    doc = json.loads(run(plan, "--config", cfg, "--format", "sarif", "--repo-root", ROOT))
    for e in list(validator.iter_errors(doc))[:3]:
        fail(f"waived SARIF schema: {list(e.path)}: {e.message}")
    sup = [r for r in doc["runs"][0]["results"] if r.get("suppressions")]
    if len(sup) != 2 or any(r["suppressions"][0]["kind"] != "external" or
                            "team-db" not in r["suppressions"][0]["justification"] for r in sup):
        fail(f"waived SARIF: want 2 results suppressed by the waiver, got {len(sup)}")
    gh = run(plan, "--config", cfg, "--format", "github", "--repo-root", ROOT)
    gl = json.loads(run(plan, "--config", cfg, "--format", "gitlab", "--repo-root", ROOT))
    if "db-instance-class" in gh or any(i["check_name"] == "db-instance-class" for i in gl):
        fail("a waived subject is in the GitHub or GitLab report")


def check_baselined(validator):
    """With a baseline of every failure: SARIF results say baselineState
    unchanged (schema-valid); GitHub and GitLab report nothing."""
    plan = "samples/dr-flawed/plan.json"
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "b.json")
        run(plan, "--write-baseline", base, "-o", os.path.join(tmp, "r.txt"))
        doc = json.loads(run(plan, "--baseline", base, "--format", "sarif", "--repo-root", ROOT))
        gh = run(plan, "--baseline", base, "--format", "github", "--repo-root", ROOT)
        gl = json.loads(run(plan, "--baseline", base, "--format", "gitlab", "--repo-root", ROOT))
    for e in list(validator.iter_errors(doc))[:3]:
        fail(f"baselined SARIF schema: {list(e.path)}: {e.message}")
    res = [r for r in doc["runs"][0]["results"] if r["properties"]["outcome"] == "fail"]
    if not res or any(r.get("baselineState") != "unchanged" for r in res):
        fail("baselined SARIF: a failing result is not baselineState unchanged")
    if any(l.startswith("::") for l in gh.splitlines()) or gl:
        fail("a baselined subject is in the GitHub or GitLab report")


def check_plan_errors(validator):
    """A plan that cannot be read, beside one that can: the SARIF run is
    not successful and names the plan in an error notification (schema-
    valid), while the other plan's results are there; the GitHub report
    has an error on the plan and counts it."""
    good = "samples/dr-flawed/plan.json"
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        bad, side = os.path.join(tmp, "broken.json"), os.path.join(tmp, "r.sarif")
        with open(bad, "w") as f:
            f.write("{broken")
        out = subprocess.run([BIN, "check", good, bad, "--sarif", side, "--repo-root", ROOT,
                              "--soft-fail"], cwd=ROOT, capture_output=True, text=True)
        with open(side) as f:
            doc = json.load(f)
        gh = subprocess.run([BIN, "check", good, bad, "--format", "github", "--repo-root", ROOT,
                             "--soft-fail"], cwd=ROOT, capture_output=True, text=True).stdout
    want = "::error file=%s,title=plangraph%%3A plan not checked::" % os.path.relpath(bad, ROOT)
    if not any(l.startswith(want) for l in gh.splitlines()) or \
            not gh.rstrip().endswith(", 1 plan not checked"):
        fail(f"plan-error GitHub: no {want} line or count in\n{gh[-300:]}")
    for e in list(validator.iter_errors(doc))[:3]:
        fail(f"plan-error SARIF schema: {list(e.path)}: {e.message}")
    inv = doc["runs"][0].get("invocations", [{}])
    notes = inv[0].get("toolExecutionNotifications", [])
    uris = [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes]
    if out.returncode != 2 or inv[0].get("executionSuccessful") is not False or \
            len(notes) != 1 or notes[0]["level"] != "error" or \
            uris != [os.path.relpath(bad, ROOT)] or not doc["runs"][0]["results"]:
        fail(f"plan-error SARIF: exit {out.returncode}, invocations {inv}")


def check_ci_files():
    with open(os.path.join(ROOT, "ci/github-action.yml")) as f:
        wf = yaml.safe_load(f)
    # PyYAML reads the key `on` as True (YAML 1.1).
    if not (wf.get("on") or wf.get(True)) or not wf.get("jobs"):
        fail("ci/github-action.yml: no on: or jobs:")
    steps = [s for j in wf["jobs"].values() for s in j.get("steps", [])]
    uses = " ".join(s.get("uses", "") for s in steps)
    text = " ".join(s.get("run", "") for s in steps)
    for need in ("github/codeql-action/upload-sarif", "actions/upload-artifact"):
        if need not in uses:
            fail(f"ci/github-action.yml: no step uses {need}")
    for need in ("plangraph check", "--sarif", "--junit", "terraform show -json"):
        if need not in text:
            fail(f"ci/github-action.yml: no step runs {need}")
    with open(os.path.join(ROOT, "ci/gitlab-ci.yml")) as f:
        gl = yaml.safe_load(f)
    jobs = [j for j in gl.values() if isinstance(j, dict) and "script" in j]
    reports = [j.get("artifacts", {}).get("reports", {}) for j in jobs]
    if not any("junit" in r and "codequality" in r for r in reports):
        fail("ci/gitlab-ci.yml: no job with artifacts:reports:junit and codequality")


def main():
    with open(os.path.join(ROOT, "tests/schemas/sarif-schema-2.1.0.json")) as f:
        validator = jsonschema.Draft4Validator(json.load(f))
    plans = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "samples/*/plan.json")))
    results = 0
    for plan in plans:
        subs = subjects(plan)
        results += len(check_sarif(plan, validator, subs)["runs"][0]["results"])
        check_github(plan, subs)
        check_gitlab(plan, subs)
    check_sarif_options("samples/dr-flawed/plan.json")
    check_sarif_options("samples/instance-keys/plan.json")
    check_waived(validator)
    check_baselined(validator)
    check_plan_errors(validator)
    check_ci_files()
    for f in FAILURES:
        print(f)
    print(f"ci_formats: {len(plans)} plans, {results} SARIF results, {len(FAILURES)} problems")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
