#!/usr/bin/env bash
# Real consumers of the CI outputs, from the npm registry, installed once
# into the build tree (skipped, 77, when npm or the registry is not there):
# Microsoft's SARIF Multitool validates every sample's SARIF with its SARIF
# and GitHub-ingestion rules (no error, no warning but the missing
# informationUri) and lists the results as it reads them, which must be
# each failing subject at its file(line); action-validator checks
# ci/github-action.yml against the GitHub workflow schema.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
work=${PG_BUILD_DIR:-$root/build}/ci-consumers
command -v npm >/dev/null 2>&1 || { echo "npm not installed: skipped"; exit 77; }
if [ ! -x "$work/node_modules/.bin/action-validator" ] ||
   [ ! -d "$work/node_modules/@microsoft/sarif-multitool-linux" ]; then
  mkdir -p "$work"
  (cd "$work" && timeout 300 npm install --no-audit --no-fund --silent \
     @microsoft/sarif-multitool@5.7.0 @action-validator/cli@0.6.0) \
    || { echo "cannot install the consumers from the npm registry: skipped"; exit 77; }
fi
multitool=$(cd "$work" && node -e "console.log(require('@microsoft/sarif-multitool'))")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
cd "$root" || exit 2
for plan in samples/*/plan.json; do
  "$bin" check "$plan" --format sarif -o "$tmp/r.sarif" --repo-root "$root" --soft-fail || status=1
  "$bin" check "$plan" --format json -o "$tmp/r.json" --repo-root "$root" --soft-fail || status=1
  "$multitool" validate --rule-kind "Sarif;Gh" "$tmp/r.sarif" > "$tmp/validate.txt" 2>&1
  if grep -E ': (error|warning) ' "$tmp/validate.txt" | grep -v SARIF2005 | grep -q .; then
    echo "$plan: the SARIF Multitool finds problems:"
    grep -E ': (error|warning) ' "$tmp/validate.txt" | grep -v SARIF2005 | head -5
    status=1
  fi
  "$multitool" query -e "RuleId != ''" -w "$tmp/r.sarif" > "$tmp/shown.txt" 2>&1
  grep -E '^[^ ]+\([0-9]+\): ' "$tmp/shown.txt" | sort > "$tmp/got.txt"
  python3 - "$tmp/r.json" "$plan" > "$tmp/want.txt" <<'PY' || status=1
import json, os, sys
doc = json.load(open(sys.argv[1]))
levels = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
rows = []
for p in doc["plans"]:
    for q in p["suites"]:
        for s in q["subjects"]:
            if s["outcome"] == "pass":
                continue
            f, l = (os.path.normpath(s["file"]), s["line"]) if s["file"] else (sys.argv[2], 1)
            lvl = levels[q["severity"]] if s["outcome"] == "fail" else "note"
            rows.append(f"{f}({l}): {lvl} {q['id']}: {s['message']}")
print("\n".join(sorted(rows)))
PY
  sort -o "$tmp/want.txt" "$tmp/want.txt"
  sed -i '/^$/d' "$tmp/want.txt"
  if ! diff -u "$tmp/want.txt" "$tmp/got.txt" > "$tmp/diff.txt"; then
    echo "$plan: what the SARIF Multitool shows differs from the report:"
    head -10 "$tmp/diff.txt"
    status=1
  fi
done
mkdir -p "$tmp/.github/workflows"
cp "$root/ci/github-action.yml" "$tmp/.github/workflows/plangraph.yml"
if ! "$work/node_modules/.bin/action-validator" "$tmp/.github/workflows/plangraph.yml"; then
  echo "ci/github-action.yml: not a valid GitHub workflow"
  status=1
fi
[ $status = 0 ] && echo "ci_consumers: SARIF of every sample read by the SARIF Multitool; workflow valid"
exit $status
