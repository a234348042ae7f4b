#!/usr/bin/env bash
# The functions table of docs/query-language.md is the output of
# `plangraph list-functions --format markdown`: fails, with the difference,
# when the two drift apart (regenerate the table between the markers).
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
doc="$root/docs/query-language.md"
begin='<!-- begin: plangraph list-functions --format markdown -->'
end='<!-- end: plangraph list-functions --format markdown -->'
documented=$(awk -v b="$begin" -v e="$end" '$0 == e {on = 0} on {print} $0 == b {on = 1}' "$doc")
if [ -z "$documented" ]; then
  echo "FAIL $doc has no table between '$begin' and '$end'"
  exit 1
fi
if ! diff -u <(printf '%s\n' "$documented") <("$bin" list-functions --format markdown) \
    --label "docs/query-language.md" --label "plangraph list-functions --format markdown"; then
  echo "FAIL the docs' functions table differs from list-functions"
  exit 1
fi
echo "docs functions table: ok"
