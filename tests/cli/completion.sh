#!/usr/bin/env bash
# Shell completion offers what each option takes: the values of a fixed
# list (--format, --fail-on, --color, --sarif-unknown), query ids for
# --only and --skip (after a comma too, and from the --queries and
# --no-builtin already typed), file names for a FILE. The bash script is
# run for real; the zsh one is checked for syntax when zsh is installed and
# for the same value lists.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

"$bin" generate bash >"$out/pg.bash" || fail "generate bash"
bash -n "$out/pg.bash" || fail "bash completion syntax"

# complete WORD...: what bash offers for the last word.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
           _plangraph 2>/dev/null; echo "${COMPREPLY[*]}"' _ "$out/pg.bash" "$@"
}
expect() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@")
  [ "$got" = "$want" ] || fail "'${*:2}' completes to '$got', not '$want'"
}

expect "text json junit sarif github gitlab" "$bin" check --format ""
expect "json junit" "$bin" check -f j
expect "json dot graphml" "$bin" graph -f ""
expect "critical high medium low" "$bin" check --fail-on ""
expect "auto always" "$bin" check --color a
expect "omit" "$bin" check --sarif-unknown o
expect "peering-routes-wired" "$bin" check --only peer
expect "peering-routes-wired,kms-key-per-region" "$bin" check --skip peering-routes-wired,kms
expect "test-vpc-in-ten test-subnets-in-asia" \
  "$bin" check --no-builtin --queries "$root/tests/queries" --only test-
expect "--tf-graph --tf-dir" "$bin" check --tf-
# Every id list-queries prints is offered, and nothing else.
ids=$("$bin" list-queries | grep -v '^ ' | cut -d' ' -f1 | sort | tr '\n' ' ')
got=$(complete_words "$bin" check --only "" | tr ' ' '\n' | sort | tr '\n' ' ')
[ "$got" = "$ids" ] || fail "--only offers '$got', list-queries has '$ids'"
# A file option still completes file names.
touch "$out/report-a.json"
expect "$out/report-a.json" "$bin" check -o "$out/report-"
# Each value offered is one the option accepts.
for sev in $(complete_words "$bin" check --fail-on ""); do
  "$bin" check --fail-on "$sev" --help >/dev/null 2>&1 || fail "--fail-on $sev is refused"
done

"$bin" generate zsh >"$out/_plangraph" || fail "generate zsh"
grep -q -- "--format=}'\[.*\]:FORMAT:(text json junit sarif github gitlab)'" "$out/_plangraph" ||
  fail "zsh: check --format lacks its values"
grep -q -- "--only=\[.*\]:IDS:_plangraph_ids'" "$out/_plangraph" || fail "zsh: --only lacks ids"
if command -v zsh >/dev/null; then
  zsh -n "$out/_plangraph" || fail "zsh completion syntax"
  # The id lister, with zsh's completion builtins standing in: what it
  # would hand to compadd.
  got=$(zsh -f -c 'source <(sed -n "/^_plangraph_ids() {/,/^}/p" "$1")
    _call_program() { shift; eval "$@"; }
    _sequence() { "$@"; }
    compadd() { print -l -- ${(P)2}; }
    _plangraph_prog=$2
    words=(check --no-builtin --queries "$3" --only ""); CURRENT=6
    _plangraph_ids' _ "$out/_plangraph" "$bin" "$root/tests/queries" | tr '\n' ' ')
  [ "$got" = "test-vpc-in-ten test-subnets-in-asia " ] || fail "zsh offers ids '$got'"
else
  echo "completion: zsh not installed; zsh syntax not checked"
fi

[ "$failed" -eq 0 ] || exit 1
echo "completion: all passed"
