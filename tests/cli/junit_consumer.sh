#!/usr/bin/env bash
# A real JUnit consumer reads plangraph's JUnit: junit2json from the npm
# registry, installed once into the build tree. Skipped (77) when npm or the
# registry is not reachable.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
work=${PG_BUILD_DIR:-$root/build}/junit-consumer
command -v npm >/dev/null 2>&1 || { echo "npm not installed: skipped"; exit 77; }
if [ ! -d "$work/node_modules/junit2json" ]; then
  mkdir -p "$work"
  (cd "$work" && timeout 300 npm install --no-audit --no-fund --silent junit2json@4.0.0) \
    || { echo "cannot install junit2json from the npm registry: skipped"; exit 77; }
fi
cp "$root/tests/cli/junit_consumer.mjs" "$work/"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for plan in "$root"/samples/*/plan.json; do
  "$bin" check "$plan" --junit "$tmp/r.xml" --format json -o "$tmp/r.json" --soft-fail || status=1
  node "$work/junit_consumer.mjs" "$tmp/r.xml" "$tmp/r.json" || status=1
done
# Several plans in one report: each testcase's classname names its plan.
"$bin" check "$root"/samples/dr-flawed/plan.json "$root"/samples/kms-ok/plan.json \
  --junit "$tmp/r.xml" --format json -o "$tmp/r.json" --soft-fail || status=1
node "$work/junit_consumer.mjs" "$tmp/r.xml" "$tmp/r.json" || status=1
exit $status
