#!/usr/bin/env bash
# The lint suite: every tests/lint/*.pgq is a broken query whose first line
# says which error `plangraph lint` must report (`# expect: LINE:COL: TEXT`).
# Checks the exact location and text, the source line and caret that follow
# it, and exit status 2; then that every built-in query lints clean.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
cd "$root" || exit 2
failed=0
passed=0
for f in tests/lint/*.pgq; do
  want=$(sed -n '1s/^# expect: //p' "$f")
  out=$("$bin" lint "$f" 2>&1)
  status=$?
  first=$(printf '%s\n' "$out" | head -1)
  caret=$(printf '%s\n' "$out" | sed -n 3p)
  want="${want%%: *}: error: ${want#*: }"
  if [ "$status" != 2 ]; then
    echo "FAIL $f: exit $status, want 2"; failed=$((failed + 1))
  elif [ "$first" != "$f:$want" ]; then
    echo "FAIL $f:"; echo "  want: $f:$want"; echo "  got:  $first"; failed=$((failed + 1))
  elif ! printf '%s\n' "$caret" | grep -q '^ *\^'; then
    echo "FAIL $f: no caret line under the source"; printf '%s\n' "$out"; failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
if "$bin" lint queries >/dev/null; then
  passed=$((passed + 1))
else
  echo "FAIL the built-in queries do not lint clean"; failed=$((failed + 1))
fi
echo "lint suite: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 10 ]
