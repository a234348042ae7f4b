#!/usr/bin/env python3
"""ctest realworld_repo: the judged real-world plans of tests/realworld/,
scored with tests/realworld/score.py against the binary in $PLANGRAPH.

Needs nothing but python3 and the built binary (no terraform, no ../shared).
Fails on any false alarm, unjudged failure, miss, must_pass subject not
passing, resource in a wrong region, or case that does not run, unless the
problem carries a defect id listed in KNOWN below; and when more than
score.MAX_UNDECIDED subjects are undecided (those whose defect id KNOWN
lists not counted), or fewer than score.MIN_RESOLVED
of the regions are resolved. It also fails when a KNOWN defect no longer
shows, so that the table is emptied as the issues are fixed.

    PLANGRAPH=build/plangraph tests/realworld/test.py
"""
import os
import sys

sys.dont_write_bytecode = True   # leave no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

# Known problems, by the defect id their truth.json entry carries, each with
# the open issue that owns it. A problem without a defect id is never known.
KNOWN = {
    # No open issue owns it yet (named in the closing note of 2026-12-02):
    # lb-has-targets reads only load balancers behind failover or weighted
    # Route 53 records, not Global Accelerator endpoints, and cannot see a
    # listener's target group through a dynamic default_action.
    "accelerator-FN-2": "lb-has-targets: load balancers behind a Global Accelerator",
    # No open issue owns it yet (closing note of 2026-12-07, recipe-dsql-
    # apigw-healthchecks/JUDGED.md): dr-components-per-region counts DR
    # regions only where replication or failover routing joins them, which
    # the catalog does not ask; two regions of client-facing APIs over one
    # unpeered DSQL pair are joined by neither, so `dns` is not a subject.
    "dsqlapi-FN-2": "dr-components-per-region: DR regions joined by nothing the plan shows",
    # No open issue owns it yet (tgw-hubspoke-manage-network/JUDGED.md, probe
    # BL D4): peering-routes-wired drops every transit gateway route table
    # subject of a peering when an attachment's association is undecided
    # (its attachment id from a local list indexed by count.index), where
    # the decided tables should stay subjects and the rest be unknown.
}


def main():
    binary = os.environ.get("PLANGRAPH")
    if not binary:
        print("realworld_repo: set PLANGRAPH to the plangraph binary")
        return 2
    fig = score.score_cases(binary, os.path.dirname(os.path.abspath(__file__)))
    bad = []
    seen = set()
    known_undecided = 0
    for p in fig.problems:
        print(score.describe(p))
        if p.kind == "UNDECIDED" and p.defect and p.defect in KNOWN:
            seen.add(p.defect)
            known_undecided += 1   # owned by KNOWN: not counted below
            continue
        if p.kind in ("UNDECIDED", "NOT_IN_PLAN"):
            continue          # bounded by the count below; judged unknowable
        if p.defect and p.defect in KNOWN:
            seen.add(p.defect)
            continue
        bad.append(score.describe(p))
    print(fig.summary())
    if fig.cases == 0:
        bad.append("no case found")
    undecided = fig.count("UNDECIDED") - known_undecided
    if undecided > score.MAX_UNDECIDED:
        bad.append(f"{undecided} undecided subjects (not in KNOWN) > {score.MAX_UNDECIDED}")
    if fig.resolved_share() < score.MIN_RESOLVED:
        bad.append(f"resolved {fig.resolved_share():.0%} < {score.MIN_RESOLVED:.0%}")
    for defect in sorted(set(KNOWN) - seen):
        bad.append(f"{defect} is listed as known ({KNOWN[defect]}) but no longer shows: "
                   f"remove it from KNOWN and update the case's JUDGED.md")
    for b in bad:
        print(f"realworld_repo: FAIL: {b}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
