#!/usr/bin/env bash
# The default evaluation budget, and parallel evaluation:
#  - a hostile query (patterns nested over every node) stops at the default
#    step budget (PG_DEFAULT_MAX_STEPS + PG_DEFAULT_STEPS_PER_ELEMENT per
#    node and edge) with exit 2, one message that names the plan, the query
#    and its check's patterns (file:line:col), and no report;
#  - a `where` conjunct is tested as soon as its generators are bound;
#  - every sample, and every real-world plan (tests/realworld, and
#    ../shared/realworld where it is present), gives the same JSON and JUnit
#    report with -j 1 and -j 4 (times and timestamps aside), and the JSON
#    report has timings. The real-world plans are the ones whose unknowns
#    carry reasons: a reason one query noted and left unused once showed in
#    the next query of the same worker (alb-complete, lb-public-subnets);
#  - when several queries fail, the error is the first failing one's in the
#    set's order, though workers take the dearest queries first.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
passed=0
ok() { passed=$((passed + 1)); }
bad() { echo "FAIL $*"; failed=$((failed + 1)); }

plan="$root/samples/dr-two-region/plan.json"
cat >"$tmp/hostile.pgq" <<'PGQ'
query hostile
  title "nested patterns over every node"
check for each (a)
  subject "{a}"
  expect  count { (b), (c), (d), (e), (f) where b != f } > 0
  message "m"
PGQ
elements=$("$bin" stats "$plan" --format json |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["nodes"] + d["edges"])')
budget=$((10000000 + 1000 * elements))
out=$(env -u PLANGRAPH_MAX_STEPS "$bin" check "$plan" --no-builtin --queries "$tmp/hostile.pgq" \
      --junit "$tmp/r.xml" 2>&1)
status=$?
want="$plan: error: query hostile ($tmp/hostile.pgq:3:16): evaluation took more than $budget steps, the limit (PLANGRAPH_MAX_STEPS)"
if [ $status = 2 ] && [ "$out" = "$want" ] && [ ! -e "$tmp/r.xml" ]; then ok; else
  bad "hostile query: exit $status, got '$out', want '$want'"; fi

# A join condition prunes before later generators multiply the bindings:
# `where a == b` is tested once a and b are bound (5 VPCs: 25 pairs, 5
# kept, then 10 route tables each), while a condition that reads the last
# generator waits for all 250 bindings. Same subjects, far fewer steps.
join_steps() {
  cat >"$tmp/join.pgq" <<PGQ
query join
  title "a join of three scans"
check for each (a: aws_vpc), (b: aws_vpc), (r: aws_route_table)
  where $1
  subject "{a} {r}"
  expect  true
  message "m"
PGQ
  "$bin" check "$root/samples/peering-modules/plan.json" --no-builtin --queries "$tmp/join.pgq" \
    --format json | python3 -c 'import json, sys
s = json.load(sys.stdin)["plans"][0]["suites"][0]
print(s["steps"], len(s["subjects"]))'
}
read -r early n_early < <(join_steps "a == b")
read -r late n_late < <(join_steps "a == b or r == a")
if [ "$n_early" = 50 ] && [ "$n_late" = 50 ] && [ $((early * 3)) -lt "$late" ]; then ok; else
  bad "join pruning: $early steps for $n_early subjects early, $late for $n_late late"; fi

# The same report whatever the number of workers: every plan is checked
# with -j 1 and -j 4 into a folder of its own, then one python compares
# them all (its start costs more than most checks).
shared=${PG_REALWORLD_DIR:-}
[ -n "$shared" ] && [ -d "$shared" ] || {
  echo "note: ../shared/realworld absent, its plans are not compared"; shared=/nonexistent; }
mkdir "$tmp/jobs"
n=0
for p in "$root"/samples/*/plan.json "$root"/tests/realworld/*/plan.json "$shared"/*/plan.json; do
  [ -f "$p" ] || continue
  n=$((n + 1))
  out="$tmp/jobs/$n $(basename "$(dirname "$p")")"
  mkdir "$out"
  for j in 1 4; do
    "$bin" check "$p" -j $j --format json -o "$out/$j.json" --junit "$out/$j.xml" \
      --soft-fail --param allowed_regions=us-east-1 2>"$out/$j.err"
    echo "exit $?" >>"$out/$j.err"
  done
done
compared=0
while IFS= read -r line; do
  case $line in
    same\ *) ok; compared=$((compared + 1)) ;;
    *) bad "$line" ;;
  esac
done < <(python3 - "$tmp/jobs" <<'PY'
import json, os, re, sys
top = sys.argv[1]
def strip(d, name):
    text = open(f"{d}/{name}").read()
    if name.endswith(".err"):
        return text
    if not name.endswith(".json"):
        return re.sub(r'(time|timestamp)="[^"]*"', '', text)
    r = json.loads(text)
    for p in r["plans"]:
        assert set(p["timings"]) == {"load", "build", "evaluate", "queries"}, p["timings"]
        assert len(p["timings"]["queries"]) == len(p["suites"])
        p.pop("timings")
        for s in p["suites"]:
            s.pop("time"), s.pop("timestamp")
    return json.dumps(r, indent=1)
for run in sorted(os.listdir(top), key=lambda r: int(r.split()[0])):
    d, name = os.path.join(top, run), run.split(" ", 1)[1]
    try:
        same = all(strip(d, f"1.{x}") == strip(d, f"4.{x}") for x in ("json", "xml", "err"))
    except (OSError, ValueError, AssertionError) as e:
        print(f"{name}: the reports cannot be read: {e!r}")
        continue
    print(f"same {name}" if same else f"{name}: -j 1 and -j 4 differ")
PY
)
[ "$compared" = "$n" ] || bad "-j 1 and -j 4 gave the same reports for $compared plans of $n"

# Three queries, cheapest first: the second and third go over the budget,
# and the third (a cross product of three scans) is taken first by workers
# that take the dearest first. The error is the second's at any -j.
mkq() {
  printf 'query %s\n  title "t"\ncheck for each %s\n  subject "s"\n  expect true\n  message "m"\n' \
    "$1" "$2" >"$tmp/$1.pgq"
}
mkq fine "r in ['a']"
mkq pairs "(a), (b)"
mkq triples "(a), (b), (c)"
for j in 1 2 4; do
  out=$(PLANGRAPH_MAX_STEPS=1000 "$bin" check "$plan" --no-builtin -j $j --queries "$tmp/fine.pgq" \
        --queries "$tmp/pairs.pgq" --queries "$tmp/triples.pgq" 2>&1)
  status=$?
  case $out in
    *"query pairs ($tmp/pairs.pgq:3:16): evaluation took more than 1000 steps"*) got=pairs ;;
    *) got=$out ;;
  esac
  if [ $status = 2 ] && [ "$got" = pairs ] && [ "$(printf '%s\n' "$out" | wc -l)" = 1 ]; then ok; else
    bad "first failure at -j $j: exit $status, got '$out'"; fi
done

echo "eval budget and jobs: $passed passed, $failed failed"
[ $failed = 0 ]
