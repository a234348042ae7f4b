#!/usr/bin/env python3
"""Reference counts that add up: for every sample and real-world plan
(tests/realworld, and ../shared/realworld when present) with its
`terraform graph -type=plan` DOT, `plangraph stats --format json`, with
and without --tf-graph, counts an instance's reference as unresolved only
when the configuration's unresolved references list says why: no
"N unresolved" with nothing listed. Locals reached through a module's
input variables count once resolved too (terraform graph says what they
read), and resolving them never adds to the unresolved count."""
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.environ["PG_SOURCE_DIR"]
BIN = os.environ["PLANGRAPH"]


def cases():
    """(name, plan, dot path or gzipped dot path)."""
    for dot in sorted(glob.glob(os.path.join(ROOT, "samples", "*", "tf-graph-plan.dot"))):
        yield os.path.basename(os.path.dirname(dot)), os.path.join(os.path.dirname(dot), "plan.json"), dot
    shared = os.path.join(ROOT, "..", "shared", "realworld")
    for base in [os.path.join(ROOT, "tests", "realworld"), shared]:
        for dot in sorted(glob.glob(os.path.join(base, "*", "tfgraph-plan.dot.gz"))):
            yield os.path.basename(os.path.dirname(dot)), os.path.join(os.path.dirname(dot), "plan.json"), dot


def stats(plan, dot=None):
    cmd = [BIN, "stats", plan, "--format", "json"] + (["--tf-graph", dot] if dot else [])
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("FAIL: %s: exit %d: %s" % (" ".join(cmd), p.returncode, p.stderr))
    return json.loads(p.stdout)


def main():
    failures, seen = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, plan, dot in cases():
            if dot.endswith(".gz"):
                plain = os.path.join(tmp, name + ".dot")
                with gzip.open(dot, "rb") as src, open(plain, "wb") as out:
                    out.write(src.read())
                dot = plain
            without, with_graph = stats(plan), stats(plan, dot)
            for label, s in [("plan alone", without), ("--tf-graph", with_graph)]:
                n, listed = s["references"]["unresolved"], len(s["unresolved_references"])
                if n and not listed:
                    failures.append("%s (%s): %d unresolved references, none listed" % (name, label, n))
            if with_graph["references"]["unresolved"] > without["references"]["unresolved"]:
                failures.append("%s: --tf-graph raised the unresolved count" % name)
            seen += 1
    for f in failures:
        print("FAIL:", f)
    if seen < 8:
        print("FAIL: only %d plans with a terraform graph" % seen)
        return 1
    print("stats_counts: %d plans, %d failures" % (seen, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
