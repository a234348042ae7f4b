#!/usr/bin/env bash
# The plan of a failed `terraform plan` ("errored": true: terraform writes
# the plan file anyway, without what it could not plan) is refused with
# exit 2 and a message naming the file, line:column and the member, by
# every command that loads a plan, and never checked as if complete: its
# s3-replication-ready finding ("no policy attached") would be about a
# policy that only failed to plan. Beside a good plan, the reports show it
# as an error and the good plan's results.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
bad="$root/tests/failed-plans/errored-role-policy/plan.json"
good="$root/samples/s3-versioning-dynamic/plan.json"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
want='error: is the plan of a failed `terraform plan` ("errored": true)'
for cmd in check stats graph; do
  "$bin" $cmd "$bad" >"$work/out" 2>"$work/err"
  status=$?
  [ "$status" = 2 ] || { echo "FAIL $cmd: exit $status, not 2"; fail=1; }
  grep -qF "$bad:1:" "$work/err" && grep -qF "$want" "$work/err" && grep -qF "(at errored)" "$work/err" ||
    { echo "FAIL $cmd: message:"; cat "$work/err"; fail=1; }
  [ ! -s "$work/out" ] || { echo "FAIL $cmd: wrote a report:"; head -5 "$work/out"; fail=1; }
  grep -q "no policy attached" "$work/out" "$work/err" && { echo "FAIL $cmd: checked the plan"; fail=1; }
done
# Beside a good plan: exit 2, the good plan checked, the bad one an error.
"$bin" check "$good" "$bad" --format json -o "$work/both.json" 2>"$work/err"
status=$?
[ "$status" = 2 ] || { echo "FAIL two plans: exit $status, not 2"; fail=1; }
python3 - "$work/both.json" "$bad" <<'PY' || fail=1
import json, sys
doc = json.load(open(sys.argv[1]))
errors = [e for e in doc.get("errors", []) if e["plan"].endswith("errored-role-policy/plan.json")]
if len(errors) != 1 or '"errored": true' not in errors[0]["message"]:
    sys.exit("FAIL two plans: the errored plan is not reported as an error: %s" % doc.get("errors"))
names = [p["plan"] for p in doc["plans"]]
if any(n.endswith("errored-role-policy/plan.json") for n in names):
    sys.exit("FAIL two plans: the errored plan has results")
if not any(n.endswith("s3-versioning-dynamic/plan.json") for n in names):
    sys.exit("FAIL two plans: the good plan was not checked")
PY
[ "$fail" = 0 ] && echo "failed plans: refused"
exit "$fail"
