#!/usr/bin/env bash
# Every plan of ../shared/corpus through `plangraph check` with the built-in
# queries: exit 0 or 1 for a plan (never a crash, a sanitizer report or a
# bad-input refusal), 2 with a message for the files that are not plans and
# the plans of a failed `terraform plan` ("errored": true), and a JUnit
# report that validates against the Jenkins schema.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
corpus=${PG_CORPUS_DIR:?}
xsd="$root/tests/schemas/jenkins-junit-10.xsd"
[ -d "$corpus" ] || { echo "no corpus at $corpus: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plans=0 refused=0 failed=0
for f in "$corpus"/*/*.json; do
  rm -f "$tmp/r.xml"
  "$bin" check "$f" --junit "$tmp/r.xml" --format json -o "$tmp/r.json" 2>"$tmp/err"
  status=$?
  kind=$f
  grep -Eq '"errored": *true' "$f" && kind=errored
  case "$kind" in
    */not-plan-json/* | errored)
      if [ "$status" = 2 ] && [ -s "$tmp/err" ] && [ ! -e "$tmp/r.xml" ]; then
        refused=$((refused + 1))
      else
        echo "FAIL $f: exit $status, want a refusal (2) with a message and no report"
        failed=$((failed + 1))
      fi ;;
    *)
      if [ "$status" -gt 1 ]; then
        echo "FAIL $f: exit $status"; head -3 "$tmp/err"; failed=$((failed + 1))
      elif ! xmllint --noout --schema "$xsd" "$tmp/r.xml" 2>/dev/null; then
        echo "FAIL $f: the JUnit report does not validate"; failed=$((failed + 1))
      else
        plans=$((plans + 1))
      fi ;;
  esac
done
echo "corpus check: $plans plans checked, $refused non-plans and errored plans refused, $failed failed"
[ "$failed" = 0 ] && [ "$plans" -gt 100 ]
