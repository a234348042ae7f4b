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
plans=(samples/*/plan.json)
mkdir "$tmp/sarif"
for plan in "${plans[@]}"; do
  name=$(basename "$(dirname "$plan")")
  "$bin" check "$plan" --format sarif -o "$tmp/sarif/$name.sarif" --repo-root "$root" --soft-fail ||
    status=1
done
# One Multitool run reads them all: it takes a second to start, and 300
# starts were most of this test's five minutes. Each file it read draws
# the one warning allowed (SARIF2005), so their count shows it read all.
"$multitool" validate --rule-kind "Sarif;Gh" "$tmp"/sarif/*.sarif > "$tmp/validate.txt" 2>&1
if grep -E ': (error|warning) ' "$tmp/validate.txt" | grep -v SARIF2005 | grep -q .; then
  echo "the SARIF Multitool finds problems:"
  grep -E ': (error|warning) ' "$tmp/validate.txt" | grep -v SARIF2005 | head -5
  status=1
fi
read_files=$(grep -c ': warning SARIF2005: ' "$tmp/validate.txt")
if [ "$read_files" != "${#plans[@]}" ]; then
  echo "the SARIF Multitool read $read_files SARIF files of ${#plans[@]}:"
  tail -5 "$tmp/validate.txt"
  status=1
fi
# What it lists, from one report of every sample, must be each subject
# that does not pass, at its file(line) (the plan's, line 1, when the
# subject has no source line), with its level and message.
"$bin" check "${plans[@]}" --format sarif -o "$tmp/all.sarif" --repo-root "$root" --soft-fail || status=1
"$bin" check "${plans[@]}" --format json -o "$tmp/all.json" --repo-root "$root" --soft-fail || status=1
"$multitool" query -e "RuleId != ''" -w "$tmp/all.sarif" > "$tmp/shown.txt" 2>&1
grep -E '^[^ ]+\([0-9]+\): ' "$tmp/shown.txt" | sort > "$tmp/got.txt"
python3 - "$tmp/all.json" > "$tmp/want.txt" <<'PY' || status=1
import json, os, sys
doc = json.load(open(sys.argv[1]))
levels = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
rows = []
for p in doc["plans"]:
    for q in p["suites"]:
        for s in q["subjects"]:
            if s["outcome"] == "pass":
                continue
            f, l = (os.path.normpath(s["file"]), s["line"]) if s["file"] else (p["plan"], 1)
            lvl = levels[q["severity"]] if s["outcome"] == "fail" else "note"
            rows.append(f"{f}({l}): {lvl} {q['id']}: {s['message']}")
print("\n".join(sorted(rows)))
PY
sort -o "$tmp/want.txt" "$tmp/want.txt"
sed -i '/^$/d' "$tmp/want.txt"
if [ ! -s "$tmp/want.txt" ] || ! diff -u "$tmp/want.txt" "$tmp/got.txt" > "$tmp/diff.txt"; then
  echo "what the SARIF Multitool shows differs from the report ($(wc -l <"$tmp/want.txt") rows):"
  head -10 "$tmp/diff.txt"
  status=1
fi
mkdir -p "$tmp/.github/workflows"
cp "$root/ci/github-action.yml" "$tmp/.github/workflows/plangraph.yml"
if ! "$work/node_modules/.bin/action-validator" "$tmp/.github/workflows/plangraph.yml"; then
  echo "ci/github-action.yml: not a valid GitHub workflow"
  status=1
fi
[ $status = 0 ] && echo "ci_consumers: SARIF of every sample read by the SARIF Multitool; workflow valid"
exit $status
