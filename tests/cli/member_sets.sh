#!/usr/bin/env bash
# `x in L` over a long query-level list of nodes costs one look-up, not a
# scan (src/query/memberset.h), and a scan costs steps (one per
# QEVAL_COMPARES_PER_STEP elements compared), so a quadratic query meets
# the step limit instead of running for ever. On a plan of the bench's
# peering shape (scripts/make-big-plan, about 1,600 resources): every
# resource tested against the list of all resources takes a few steps a
# subject; the same test on their addresses (strings, compared one by one)
# takes hundreds, which shows the count would catch the set's loss.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$root/scripts/make-big-plan" 3 "$tmp/plan.json" \
  "$root/scripts/bench-shapes/peering/plan.json" >/dev/null || { echo "FAIL make-big-plan"; exit 1; }

mkdir "$tmp/q"
cat >"$tmp/q/in-nodes.pgq" <<'PGQ'
query in-nodes
  title "every resource is in the list of all resources"
  severity low

let everything = [(n: resource) | n]

check for each (n: resource)
  where n in everything
  subject "{n}"
  expect true
  message "{n}"
PGQ
cat >"$tmp/q/in-addresses.pgq" <<'PGQ'
query in-addresses
  title "every resource's address is in the list of all addresses"
  severity low

let addresses = [(n: resource) | address(n)]

check for each (n: resource)
  where address(n) in addresses
  subject "{n}"
  expect true
  message "{n}"
PGQ

"$bin" check "$tmp/plan.json" --no-builtin --queries "$tmp/q" --format json \
  -o "$tmp/r.json" || { echo "FAIL check exited $?"; exit 1; }
python3 - "$tmp/r.json" <<'PY'
import json, sys
suites = {s["id"]: s for s in json.load(open(sys.argv[1]))["plans"][0]["suites"]}
nodes, addrs = suites["in-nodes"], suites["in-addresses"]
n = nodes["passed"]
bad = 0
if n < 1000 or addrs["passed"] != n:
    print("FAIL subjects: %d and %d, want the same, over 1000" % (n, addrs["passed"])); bad += 1
if nodes["steps"] > 20 * n:
    print("FAIL in-nodes took %d steps for %d subjects: `in` scans the list" % (nodes["steps"], n)); bad += 1
if addrs["steps"] < 5 * nodes["steps"]:
    print("FAIL in-addresses took %d steps, in-nodes %d: scans cost no steps" % (addrs["steps"], nodes["steps"])); bad += 1
print("member sets: %d subjects, %d steps with the set, %d scanning" % (n, nodes["steps"], addrs["steps"]))
sys.exit(1 if bad else 0)
PY
