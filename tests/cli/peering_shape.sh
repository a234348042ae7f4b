#!/usr/bin/env bash
# The peering shape real code has (samples/peering-modules: stacks made by
# a module for_each over a map, peerings by a second module for_each over a
# local map reading module.stack[each.value.requester].vpc_id): the exact
# number of subjects, passes, failures and unknowns of every query, so that
# a cross product or a duplicate subject cannot come back silently.
#
# Before the graph resolved instance keys it linked each peering's vpc_id
# and peer_vpc_id to every stack's VPC: 2 connections x 5 own VPCs x 4
# peers x 2 route tables = 80 subjects (all passing, though "cd" is wired
# one way only), where the plan has 8. The for_each map is a local, so the
# plan cannot tell which stack each.value.requester names: the graph now
# draws one edge per reference to module.stack, marked ambiguous. A `for
# each` pattern stopped by such an edge yields the binding so far as one
# unknown subject, saying why ("... peer_vpc_id names one instance of
# module.stack by a key the plan does not hold"): one per connection, the
# route tables it should reach being what the plan cannot tell. With a
# plan that names the stacks by literal keys the count would be 8 (6
# passed, 2 failed).
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
plan="$root/samples/peering-modules/plan.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# query subjects passed failed unknown; every query not listed is skipped.
expect="peering-routes-wired 2 0 0 2"

"$bin" check "$plan" --format json -o "$tmp/r.json" --soft-fail || {
  echo "FAIL check exited $?"; exit 1; }
python3 - "$tmp/r.json" "$expect" <<'PY'
import json, sys
report, expect = sys.argv[1], sys.argv[2]
want = {}
for line in expect.strip().splitlines():
    q, *n = line.split()
    want[q] = tuple(int(x) for x in n)
bad = 0
for p in json.load(open(report))["plans"]:
    for s in p["suites"]:
        got = (len(s["subjects"]), s["passed"], s["failed"], s["unknown"])
        exp = want.get(s["id"], (0, 0, 0, 0))
        names = [x["name"] for x in s["subjects"]]
        if got != exp:
            print("FAIL %s: subjects, passed, failed, unknown %s, want %s" % (s["id"], got, exp))
            bad += 1
        if len(set(names)) != len(names):
            print("FAIL %s: subject names repeat" % s["id"])
            bad += 1
        if (s["skipped"] is not None) != (s["id"] not in want):
            print("FAIL %s: skipped is %r" % (s["id"], s["skipped"]))
            bad += 1
sys.exit(1 if bad else 0)
PY
status=$?
[ $status = 0 ] && echo "peering shape: every query has its expected subjects"
exit $status
