#!/usr/bin/env bash
# Installs the build into a temporary prefix (cmake --install --prefix) and
# uses it as a user and a packager would:
#   - builds tests/install/use_plangraph.c against it with nothing but
#     `pkg-config --cflags --libs plangraph` and runs it on a sample plan
#     (catches a .pc naming the configure-time prefix, missing headers, a
#     library that does not link or an unexported API function);
#   - the library's SONAME is libplangraph.so.0 and it exports only pg_*;
#   - the installed command runs from the prefix, without LD_LIBRARY_PATH;
#   - the man page formats without a single groff warning;
#   - the bash completion loads (`complete -p plangraph`), and the zsh one
#     parses when zsh is installed;
#   - README, docs, LICENSE, NOTICE are under share/doc/plangraph.
# Needs PG_BUILD_DIR and PG_SOURCE_DIR.
set -euo pipefail
build=${PG_BUILD_DIR:?} src=${PG_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
fail() { echo "install: FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" ||
  { cat "$tmp/install.log"; fail "cmake --install"; }
libdir=$(dirname "$(find "$prefix" -name plangraph.pc)")/..
export PKG_CONFIG_PATH=$libdir/pkgconfig
[ "$(pkg-config --variable=prefix plangraph)" = "$prefix" ] ||
  fail "plangraph.pc prefix is $(pkg-config --variable=prefix plangraph), not $prefix"

# A sanitized library needs a sanitized caller (the runtime comes first).
san=()
[ "${PG_SANITIZE:-OFF}" = ON ] && san=(-fsanitize=address,undefined)
# shellcheck disable=SC2046
cc "${san[@]}" -std=c11 -Wall -Werror -o "$tmp/use_plangraph" "$src/tests/install/use_plangraph.c" \
  $(pkg-config --cflags --libs plangraph) || fail "building against pkg-config plangraph"
out=$(LD_LIBRARY_PATH=$(pkg-config --variable=libdir plangraph) \
      "$tmp/use_plangraph" "$src/samples/dr-flawed/plan.json") || fail "use_plangraph ran: $out"
echo "$out" | grep -Eq '^plangraph [0-9.]+: [1-9][0-9]* nodes, [1-9][0-9]* edges$' ||
  fail "use_plangraph printed: $out"

so=$(pkg-config --variable=libdir plangraph)/libplangraph.so.0
soname=$(readelf -d "$so" | sed -n 's/.*SONAME.*\[\(.*\)\]/\1/p')
[ "$soname" = libplangraph.so.0 ] || fail "SONAME is '$soname'"
bad=$(nm -D --defined-only "$so" | awk '$2 ~ /^[TDBRVW]$/ && $3 !~ /^pg_/ {print $3}' |
      grep -v '^_' || true)
[ -z "$bad" ] || fail "exported symbols not pg_*: $bad"

env -u LD_LIBRARY_PATH "$prefix/bin/plangraph" --version | grep -q '^plangraph ' ||
  fail "installed command does not run"
rc=0
env -u LD_LIBRARY_PATH "$prefix/bin/plangraph" check "$src/samples/dr-flawed/plan.json" \
  >"$tmp/check.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || { cat "$tmp/check.out"; fail "installed check on dr-flawed exit $rc, not 1"; }

page=$prefix/share/man/man1/plangraph.1
[ -f "$page" ] || fail "no man page"
warn=$(groff -man -ww -z "$page" 2>&1)
[ -z "$warn" ] || fail "groff warnings: $warn"
if command -v man >/dev/null; then
  warn=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warn" ] || fail "man --warnings: $warn"
  MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q -- '--tf-graph FILE' ||
    fail "man page lacks check's --tf-graph option"
fi

bashc=$prefix/share/bash-completion/completions/plangraph
bash -n "$bashc" || fail "bash completion syntax"
bash -c "source '$bashc' && complete -p plangraph" | grep -q '_plangraph plangraph$' ||
  fail "bash completion does not register"
# A completion: `plangraph check --tf-` offers --tf-graph and --tf-dir.
got=$(bash -c "source '$bashc'; COMP_WORDS=(plangraph check --tf-); COMP_CWORD=2;
               _plangraph; echo \"\${COMPREPLY[*]}\"")
[ "$got" = "--tf-graph --tf-dir" ] || fail "bash completes 'check --tf-' as '$got'"
zshc=$prefix/share/zsh/vendor-completions/_plangraph
[ -f "$zshc" ] || fail "no zsh completion"
if command -v zsh >/dev/null; then
  zsh -n "$zshc" || fail "zsh completion syntax"
else
  echo "install: zsh not installed; zsh completion syntax not checked"
fi

for f in README.md LICENSE NOTICE docs/architecture.md queries/lib; do
  [ -e "$prefix/share/doc/plangraph/$f" ] || fail "share/doc/plangraph/$f missing"
done
grep -q 'Apache License' "$prefix/share/doc/plangraph/LICENSE" || fail "LICENSE is not Apache"
[ ! -e "$prefix/share/plangraph" ] || fail "share/plangraph installed but never read"
echo "install: ok ($out)"
