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
pairs=()
for plan in "$root"/samples/*/plan.json; do
  name=$(basename "$(dirname "$plan")")
  "$bin" check "$plan" --junit "$tmp/$name.xml" --format json -o "$tmp/$name.json" --soft-fail ||
    status=1
  pairs+=("$tmp/$name.xml" "$tmp/$name.json")
done
# Several plans in one report: each testcase's classname names its plan.
"$bin" check "$root"/samples/dr-flawed/plan.json "$root"/samples/kms-ok/plan.json \
  --junit "$tmp/two.xml" --format json -o "$tmp/two.json" --soft-fail || status=1
pairs+=("$tmp/two.xml" "$tmp/two.json")
node "$work/junit_consumer.mjs" "${pairs[@]}" || status=1
exit $status
