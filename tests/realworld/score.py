#!/usr/bin/env python3
"""Scores a plangraph binary on the judged real-world plans in this folder.

    tests/realworld/score.py PLANGRAPH [DIR] [CASE...]

With PG_SCORE_PLAN_ONLY=1 in the environment the cases' terraform graphs
are not given (--tf-graph), as in a CI job that runs plangraph on the plan
alone: the figures then say what the plan by itself decides.

DIR defaults to the folder of this script; every DIR/CASE/ holding a
truth.json and a plan.json is a case (or only the CASEs named). In each case
folder the binary runs twice, 60 s at most each:

    PLANGRAPH check plan.json --format json    (exit 0 or 1)
    PLANGRAPH graph plan.json --format json    (exit 0)

truth.json (written by a person reading the .tf code, see JUDGED.md):

    regions        {address: region} of every managed resource instance
    unrecoverable  [address]: instances whose region the plan cannot reveal
    subjects       [{query, match, truth, why, defect?, plan_cannot_tell?}]:
                   how a subject should come out, truth "pass", "fail" or
                   "either" (debatable); match is a regex searched in the
                   subject name; plan_cannot_tell says why the truth rests
                   on what the plan does not hold (a value terraform
                   computes from an expression the plan does not evaluate),
                   so that unknown is the right answer for the plan alone
    must_fail      [{query, match, why, defect?}]: some subject of the query
                   whose name (failing that, whose failure message) matches
                   must fail
    must_pass      [{query, match, why, defect?}]: some subject of the query
                   whose name matches must be reported and pass

A reported subject's truth is that of the first `subjects` entry matching
its name; failing that, of a must_fail entry matching its name (fail), of a
must_pass entry matching its name (pass), of a must_fail entry matching its
failure message (fail); failing all, it is unjudged.

Problems, one line each (kind, case, what, and [defect id] when the truth
entry names one):

    FP         a failing subject whose truth is pass
    UNJUDGED   a failing subject that no entry judges
    FN         a passing subject whose truth is fail, or a must_fail entry
               with no failing subject (not reported, or its query skipped);
               misses that share a defect id are one false negative
    UNDECIDED  a subject whose truth is pass or fail, or that no entry
               judges, reported unknown
    NOT_IN_PLAN a subject reported unknown whose entry says why the plan
               cannot tell (plan_cannot_tell): listed, not a problem
    MUST_PASS  a must_pass entry with no passing subject (one already
               counted as FP or undecided is not counted twice)
    REGION     a resource whose known region is not the truth
    CASE       the binary could not be run on a case, or its output is bad

The last line sums them, with the share of recoverable regions resolved.
Exit 0 when there are no FP, UNJUDGED, FN, MUST_PASS, REGION or CASE
problems, at most MAX_UNDECIDED undecided subjects and at least
MIN_RESOLVED of the regions resolved; 1 otherwise. tests/realworld/test.py
(ctest realworld_repo) reads the problems through score_cases() and lets
the known ones through.
"""
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import namedtuple

RUN_SECONDS = 60
MAX_UNDECIDED = 2
MIN_RESOLVED = 0.95
NO_REGION = (None, "", "unknown")

Problem = namedtuple("Problem", "kind case text defect")
Subject = namedtuple("Subject", "query name outcome message")


class Figures:
    """What a run found over every case."""

    def __init__(self):
        self.problems = []
        self.cases = 0
        self.fails = 0
        self.managed = 0
        self.unrecoverable = 0
        self.resolved = 0

    def add(self, kind, case, text, defect=None):
        self.problems.append(Problem(kind, case, text, defect))

    def count(self, kind):
        if kind == "FN":   # one false negative per defect id
            keys = {(p.case, p.defect) if p.defect else (p.case, p.text)
                    for p in self.problems if p.kind == "FN"}
            return len(keys)
        return sum(1 for p in self.problems if p.kind == kind)

    def resolved_share(self):
        total = self.managed - self.unrecoverable
        return self.resolved / total if total else 1.0

    def ok(self):
        hard = ("FP", "UNJUDGED", "FN", "MUST_PASS", "REGION", "CASE")
        return (self.cases > 0 and not any(self.count(k) for k in hard)
                and self.count("UNDECIDED") <= MAX_UNDECIDED
                and self.resolved_share() >= MIN_RESOLVED)

    def summary(self):
        share = self.resolved_share()
        return (f"{self.cases} cases: {self.fails} failing subjects, FP {self.count('FP')}, "
                f"unjudged {self.count('UNJUDGED')}, FN {self.count('FN')}, "
                f"undecided {self.count('UNDECIDED')} (+{self.count('NOT_IN_PLAN')} the plan "
                f"cannot tell), must_pass missed {self.count('MUST_PASS')}, "
                f"regions wrong {self.count('REGION')}, resolved {share:.0%} "
                f"({self.resolved}/{self.managed - self.unrecoverable}), "
                f"cases failed {self.count('CASE')}")


def run(binary, args, cwd, exits):
    """The JSON a command prints, or raises RuntimeError saying why not."""
    try:
        p = subprocess.run([binary] + args, cwd=cwd, capture_output=True, text=True,
                           timeout=RUN_SECONDS)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{args[0]}: no answer within {RUN_SECONDS} s")
    except OSError as e:
        raise RuntimeError(f"{args[0]}: cannot run {binary}: {e}")
    if p.returncode not in exits:
        raise RuntimeError(f"{args[0]}: exit {p.returncode}: {p.stderr.strip()[:200]}")
    try:
        return json.loads(p.stdout)
    except ValueError as e:
        raise RuntimeError(f"{args[0]}: not JSON: {e}")


def read_truth(path):
    with open(path) as f:
        t = json.load(f)
    for section in ("subjects", "must_fail", "must_pass"):
        entries = t.setdefault(section, [])
        for i, e in enumerate(entries):
            e["re"] = re.compile(e["match"])
            e["where"] = f"{section}[{i}]"
            if section == "must_fail":
                e["truth"] = "fail"
            elif section == "must_pass":
                e["truth"] = "pass"
            elif e.get("truth") not in ("pass", "fail", "either"):
                raise ValueError(f"{e['where']}: truth must be pass, fail or either")
    t.setdefault("regions", {})
    t.setdefault("unrecoverable", [])
    return t


def reported(check):
    """([Subject], {query: why skipped}) from a check report."""
    subjects, skipped = [], {}
    for plan in check.get("plans", []):
        for suite in plan.get("suites", []):
            query = suite.get("id", "")
            if suite.get("skipped"):
                skipped[query] = suite["skipped"]
            for s in suite.get("subjects") or []:
                outcome = s.get("outcome")
                if outcome not in ("pass", "fail"):
                    outcome = "unknown"
                subjects.append(Subject(query, s.get("name") or "", outcome,
                                        s.get("message") or ""))
    return subjects, skipped


def names(entry, s):
    return entry["query"] == s.query and entry["re"].search(s.name) is not None


def spoken_of(entry, subjects):
    """The subjects a must_fail entry is about: those it names; failing
    that, the failing ones whose message it matches."""
    named = [s for s in subjects if names(entry, s)]
    if named or entry["truth"] != "fail":
        return named
    return [s for s in subjects if s.query == entry["query"] and s.outcome == "fail"
            and entry["re"].search(s.message)]


def judge(truth, s, by_message):
    for e in truth["subjects"]:
        if names(e, s):
            return e
    for e in truth["must_fail"] + truth["must_pass"]:
        if names(e, s):
            return e
    for e in truth["must_fail"]:
        if s in by_message[e["where"]]:
            return e
    return None


def score_subjects(case, truth, subjects, skipped, fig):
    about = {e["where"]: spoken_of(e, subjects) for e in truth["must_fail"] + truth["must_pass"]}
    counted = set()

    def miss_unit(e, s):
        """The false negative a passing subject belongs to: the entry that
        judged it, or a must_fail entry speaking of it, so that one miss
        seen twice counts once."""
        if not e["where"].startswith("subjects"):
            return e["where"]
        for m in truth["must_fail"]:
            if s in about[m["where"]]:
                return m.get("defect") or m["where"]
        return None

    for s in subjects:
        e = judge(truth, s, about)
        want = e["truth"] if e else None
        defect = e.get("defect") if e else None
        why = f" ({e['why']})" if e and e.get("why") else ""
        what = f"{s.query} {s.name}"
        if s.outcome == "fail":
            fig.fails += 1
        if want is None and s.outcome == "fail":
            counted.add(s)
            fig.add("UNJUDGED", case, f"{what}: fails, not judged: {s.message[:160]}")
        elif want is None and s.outcome == "unknown":
            counted.add(s)
            fig.add("UNDECIDED", case, f"{what}: unknown, not judged: {s.message[:160]}")
        elif s.outcome == "fail" and want == "pass":
            counted.add(s)
            fig.add("FP", case, f"{what}: fails, truth pass{why}", defect)
        elif s.outcome == "pass" and want == "fail":
            fig.add("FN", case, f"{what}: passes, truth fail{why}", defect or miss_unit(e, s))
        elif s.outcome == "unknown" and want in ("pass", "fail") and e.get("plan_cannot_tell"):
            counted.add(s)
            fig.add("NOT_IN_PLAN", case,
                    f"{what}: unknown, truth {want}; the plan cannot tell: "
                    f"{e['plan_cannot_tell']}", defect)
        elif s.outcome == "unknown" and want in ("pass", "fail"):
            counted.add(s)
            fig.add("UNDECIDED", case, f"{what}: unknown, truth {want}{why}", defect)

    def absent(q):
        return f"query skipped: {skipped[q]}" if q in skipped else "no such subject"

    for e in truth["must_fail"]:
        hits = about[e["where"]]
        if any(s.outcome == "fail" for s in hits):
            continue
        unit = e.get("defect") or e["where"]
        if not hits:
            fig.add("FN", case, f"{e['query']}: must fail, not reported ({absent(e['query'])}): {e['why']}", unit)
        elif any(s.outcome == "pass" for s in hits) and not any(
                p.kind == "FN" and p.case == case and p.defect == unit for p in fig.problems):
            fig.add("FN", case, f"{e['query']} {hits[0].name}: must fail, passes: {e['why']}", unit)
    for e in truth["must_pass"]:
        hits = about[e["where"]]
        if any(s.outcome == "pass" for s in hits) or any(s in counted for s in hits):
            continue
        where = f"not reported ({absent(e['query'])})" if not hits else f"{hits[0].outcome}"
        fig.add("MUST_PASS", case, f"{e['query']} {hits[0].name if hits else ''}: {where}, must pass: {e['why']}",
                e.get("defect"))


def score_regions(case, truth, graph, fig):
    known = {n.get("address"): n.get("region") for n in graph.get("nodes", [])
             if n.get("kind") == "resource"}
    unrec = set(truth["unrecoverable"])
    fig.managed += len(truth["regions"])
    fig.unrecoverable += len(unrec & set(truth["regions"]))
    for address, want in sorted(truth["regions"].items()):
        got = known.get(address)
        if got in NO_REGION:
            continue
        if got != want:
            fig.add("REGION", case, f"{address}: {got}, truth {want}")
        elif address not in unrec:
            fig.resolved += 1


def cases_in(folder, wanted=()):
    if wanted:
        return sorted(c.rstrip("/") for c in wanted)
    return sorted(c for c in os.listdir(folder)
                  if os.path.isfile(os.path.join(folder, c, "truth.json")))


def score_cases(binary, folder, wanted=()):
    with tempfile.TemporaryDirectory() as tmp:
        return score_cases_in(binary, folder, wanted, tmp)


def score_cases_in(binary, folder, wanted, tmp):
    fig = Figures()
    binary = os.path.abspath(binary)
    for case in cases_in(folder, wanted):
        fig.cases += 1
        d = os.path.join(folder, case)
        try:
            truth = read_truth(os.path.join(d, "truth.json"))
        except (OSError, ValueError, KeyError, re.error) as e:
            fig.add("CASE", case, f"truth.json: {e}")
            continue
        if not os.path.isfile(os.path.join(d, "plan.json")):
            fig.add("CASE", case, "no plan.json")
            continue
        try:
            subjects, skipped = reported(run(binary, ["check", "plan.json", "--format", "json"]
                                             + plan_graph_args(d, tmp), d, (0, 1)))
            score_subjects(case, truth, subjects, skipped, fig)
            score_regions(case, truth, run(binary, ["graph", "plan.json", "--format", "json"], d, (0,)), fig)
        except RuntimeError as e:
            fig.add("CASE", case, str(e))
    return fig


def plan_graph_args(d, tmp):
    """--tf-graph with the case's `terraform graph -type=plan` output, when
    it ships one (tfgraph-plan.dot.gz): a CI job on code that passes
    references through locals gives it, and without it a check whose
    filter reads such a reference is undecided, not passed."""
    gz = os.path.join(d, "tfgraph-plan.dot.gz")
    if not os.path.isfile(gz) or os.environ.get("PG_SCORE_PLAN_ONLY") == "1":
        return []
    out = os.path.join(tmp, os.path.basename(d) + ".dot")
    with gzip.open(gz, "rb") as src, open(out, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return ["--tf-graph", out]


def describe(p):
    tag = f" [{p.defect}]" if p.defect else ""
    return f"{p.kind:<9} {p.case} {p.text}{tag}"


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0 if len(argv) >= 2 else 2
    folder = os.path.dirname(os.path.abspath(__file__))
    rest = argv[2:]
    if rest and os.path.isdir(rest[0]) and not os.path.isfile(os.path.join(rest[0], "truth.json")):
        folder, rest = rest[0], rest[1:]
    fig = score_cases(argv[1], folder, rest)
    for p in fig.problems:
        print(describe(p))
    print(fig.summary())
    return 0 if fig.ok() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
