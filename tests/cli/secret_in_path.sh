#!/usr/bin/env bash
# A sensitive value inside a path plangraph prints is no leak:
# samples/secret-in-module-path marks "orders-api" sensitive (a plain
# String SSM parameter, as the AWS provider marks every one), and its
# failing security group lives in modules/orders-api/. Every report format
# is written (exit 1, the failure), with the path; the output guard still
# refuses the value spelled out anywhere else (exit 2, no report).
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
cd "$root" || exit 2
plan=samples/secret-in-module-path/plan.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
for f in text json junit sarif github gitlab; do
  "$bin" check "$plan" -v --format "$f" -o "$out/r.$f" >"$out/stdout" 2>"$out/stderr"
  status=$?
  if [ "$status" -ne 1 ] || ! grep -q 'orders-api/main.tf' "$out/r.$f"; then
    echo "FAIL $f: exit $status, path in report: $(grep -c 'orders-api/main.tf' "$out/r.$f" 2>/dev/null)"
    sed 's/^/  /' "$out/stderr"
    failed=$((failed + 1))
  fi
done
"$bin" check "$plan" -v --no-builtin --queries tests/secrets/spells-secret.pgq -o "$out/leak.txt" \
  >"$out/stdout" 2>"$out/stderr"
status=$?
if [ "$status" -ne 2 ] || [ -e "$out/leak.txt" ] || grep -q 'orders-api' "$out/stdout" ||
   ! grep -q 'refusing to write' "$out/stderr"; then
  echo "FAIL the value spelled out in a message was not refused (exit $status)"
  failed=$((failed + 1))
fi
[ "$failed" -eq 0 ] && echo "secret in path: 7 checks passed"
exit $(( failed > 0 ))
