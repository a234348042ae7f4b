#!/usr/bin/env bash
# Builds the Debian package with scripts/package (into PG_BUILD_DIR/package-build),
# unpacks it into a temporary root with `dpkg-deb -x` and runs the packaged
# `plangraph check` from there on a sample plan: exit 1 with the known
# findings of dr-flawed. Checks the package's metadata (name, SONAME
# shlibs, ldconfig trigger, dependencies) and, with --lintian, that lintian
# reports no error (exit 77, skipped, when lintian is not installed).
# Needs PG_BUILD_DIR and PG_SOURCE_DIR.
set -euo pipefail
build=${PG_BUILD_DIR:?} src=${PG_SOURCE_DIR:?}
fail() { echo "package: FAIL: $*" >&2; exit 1; }
for t in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$t" >/dev/null || { echo "package: skipped: $t not installed"; exit 77; }
done
if [ "${1:-}" = --lintian ] && ! command -v lintian >/dev/null; then
  echo "package: skipped: lintian not installed (scripts/setup installs it; needs the network)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# scripts/package runs lintian itself when it is installed (--fail-on error).
unset DEB_BUILD_MAINT_OPTIONS
deb=$("$src/scripts/package" "${build#"$src"/}/package-build" 2>"$tmp/lintian.log" | tail -1) ||
  { cat "$tmp/lintian.log"; fail "scripts/package (lintian errors above?)"; }
cat "$tmp/lintian.log"
if [ "${1:-}" = --lintian ]; then
  grep -q '^E: ' "$tmp/lintian.log" && fail "lintian errors"
  echo "package: lintian: $(grep -c '^W: ' "$tmp/lintian.log" || true) warnings, no errors"
  exit 0
fi
[ -f "$deb" ] || fail "no .deb: '$deb'"
[ "$(dpkg-deb -f "$deb" Package)" = plangraph ] || fail "package name"
dpkg-deb -f "$deb" Depends | grep -q libigraph || fail "Depends lacks libigraph: $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -e "$deb" "$tmp/control"
grep -q '^libplangraph 0 plangraph' "$tmp/control/shlibs" || fail "shlibs: $(cat "$tmp/control/shlibs")"
grep -q 'activate-noawait ldconfig' "$tmp/control/triggers" || fail "no ldconfig trigger"

root=$tmp/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/plangraph usr/share/man/man1/plangraph.1.gz usr/share/doc/plangraph/copyright \
         usr/share/bash-completion/completions/plangraph usr/include/plangraph/plangraph.h; do
  [ -e "$root/$f" ] || fail "$f missing from the package"
done
libdir=$(dirname "$(find "$root" -name 'libplangraph.so.0')")
rc=0
LD_LIBRARY_PATH=$libdir "$root/usr/bin/plangraph" check "$src/samples/dr-flawed/plan.json" \
  >"$tmp/check.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || { cat "$tmp/check.out"; fail "packaged check exit $rc, not 1"; }
grep -q 'listener-certificate-valid' "$tmp/check.out" || fail "packaged check output: $(head "$tmp/check.out")"
echo "package: ok ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
