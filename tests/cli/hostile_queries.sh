#!/usr/bin/env bash
# Hostile query files (issue 12, items 4-6): long chains, deep prefixes,
# long postfix chains and chained defs end in one located error and exit 2
# from query, check and lint (never a crash); regular expressions cannot
# blow up (a regcomp memory bomb, back-references); string doubling stops
# at the budget; 40,000 bad defs or generators stop after a bounded number
# of errors, fast.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
passed=0
sec="$root/samples/secrets/plan.json"
dr="$root/samples/dr-flawed/plan.json"
repro="$root/../shared/security/repro"

# expect NAME PATTERN MAXLINES -- command...: exit 2, stderr matches, at most
# MAXLINES lines of stderr, within 20 seconds.
expect() {
  local name=$1 pattern=$2 max=$3
  shift 4
  timeout 20 "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$? lines
  lines=$(wc -l <"$tmp/err")
  if [ $rc -ne 2 ] || ! grep -Eq "$pattern" "$tmp/err" || [ "$lines" -gt "$max" ]; then
    echo "FAIL $name: exit $rc, $lines lines:"; head -c 600 "$tmp/err"; echo
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
}

py() { python3 -c "$1" >"$tmp/$2"; }
py "print('match (t: aws_sns_topic) return ' + ' + '.join(['1']*20000))" plus.pgq
py "print('query q\n  title \"t\"\ncheck\n  subject \"s\"\n  expect ' + ' and '.join(['true']*20000) + '\n  message \"m\"')" and.pgq
py "print('match (t: aws_sns_topic) return ' + 'not '*30000 + 'true')" not.pgq
py "print('match (t: aws_sns_topic) return ' + '- '*30000 + '1')" neg.pgq
py "print('match (t: aws_sns_topic) return t' + '.a'*30000)" dot.pgq
py "print('match (t: aws_sns_topic) return t' + '[0]'*30000)" idx.pgq
py "
print('def f0(x) = x')
for i in range(1,30000): print('def f%d(x) = f%d(x)' % (i,i-1))
print('match (t: aws_lb) return f29999(1)')" defs.pgq
deep='more than 1000 levels deep|nested more than 200 deep'
for f in plus not neg dot idx; do
  expect "query $f" "$f.pgq:1:[0-9]+: error: expression ($deep)" 3 -- "$bin" query "$sec" -F "$tmp/$f.pgq"
done
expect "check and" "and.pgq:5:[0-9]+: error: expression more than 1000 levels deep" 6 -- \
  "$bin" check "$sec" --no-builtin --queries "$tmp/and.pgq"
expect "lint and" "and.pgq:5:[0-9]+: error: expression more than 1000 levels deep" 3 -- "$bin" lint "$tmp/and.pgq"
expect "query defs" "defs.pgq:2001:16: error: calls nested more than 2000 levels deep" 3 -- \
  "$bin" query "$dr" -F "$tmp/defs.pgq"

# Regular expressions.
if [ -f "$repro/regex-bomb.pgq" ]; then
  expect "regex bomb" "regex-bomb.pgq:5:19: error: bad regular expression: regular expression is too large" 3 -- \
    "$bin" lint "$repro/regex-bomb.pgq"
fi
py "print(\"match (t: aws_lb), s in ['\" + 'a'*60 + \"'] return s =~ '(.*)(.*)\\\\\\\\1\\\\\\\\2b'\")" br.pgq
expect "back-reference" "br.pgq:1:[0-9]+: error: bad regular expression: back-references" 3 -- \
  "$bin" query "$dr" -F "$tmp/br.pgq"
py "print(\"match (t: aws_lb), p in ['(a)\\\\\\\\1'] return 'aa' =~ p\")" br2.pgq
expect "dynamic back-reference" "br2.pgq:1:51: error: bad regular expression '\(a\)\\\\1': back-references" 3 -- \
  "$bin" query "$dr" -F "$tmp/br2.pgq"

# String doubling through defs stops at the budget, well before 1 GB.
cat >"$tmp/dbl.pgq" <<'Q'
def d1(x) = x + x
def d2(x) = d1(d1(x))
def d3(x) = d2(d2(x))
def d4(x) = d3(d3(x))
def d5(x) = d4(d4(x))
match (t: aws_sns_topic) return length(d5(d4(d3(d1(d1('a'))))))
Q
# (ASan reserves terabytes of address space: no ulimit -v under it.)
vlimit=1000000
if ldd "$bin" 2>/dev/null | grep -q 'libasan\|libubsan'; then vlimit=unlimited; fi
expect "doubling" "dbl.pgq:6:7: error: evaluation took more than [0-9]+ steps" 3 -- \
  bash -c 'ulimit -v "$0"; exec "$@"' "$vlimit" "$bin" query "$sec" -F "$tmp/dbl.pgq"

# Error floods: bounded output, fast.
py "
print('query q\n  title \"t\"')
for i in range(40000): print('def f%d(x) = nosuch(x)' % i)
print('check\n  subject \"s\"\n  expect true\n  message \"m\"')" errs.pgq
expect "40k bad defs" "too many errors \(20\); stopped checking here" 70 -- "$bin" lint "$tmp/errs.pgq"
py "print('match ' + ', '.join('x%d in [1]' % i for i in range(40000)) + ' return x0')" gens.pgq
expect "40k generators" "more than 256 variables in one check" 3 -- "$bin" query "$dr" -F "$tmp/gens.pgq"

echo "hostile queries: $passed passed, $failed failed"
[ $failed -eq 0 ]
