#!/usr/bin/env bash
# The built-in catalog on the samples: for each sample, the exact subjects
# that pass, fail or stay unknown for each query it lists
# (tests/cli/catalog_queries.expect, "sample query outcome subject"), read
# from the JSON report and from the JUnit XML, which must validate against
# the Jenkins JUnit schema and hold no sensitive value; the text report's
# FAIL lines; the reference designs' promises (the complete one passes
# everything, the flawed one fails every critical query); exit statuses;
# and the CLI rules around reports (no report on bad input, --soft-fail,
# --fail-on, --param, --only, several plans).
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
xsd="$root/tests/schemas/jenkins-junit-10.xsd"
cd "$root" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
core=replica-per-region,peering-routes-wired,kms-key-per-region
failed=0
passed=0
ok() { passed=$((passed + 1)); }
bad() { echo "FAIL $*"; failed=$((failed + 1)); }

outcomes() { # sample json junit -> "sample query outcome subject" lines
  python3 - "$@" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
sample, js, xml = sys.argv[1:4]
src = sys.argv[4]
if src == "json":
    for p in json.load(open(js))["plans"]:
        for s in p["suites"]:
            if s["skipped"]:
                print(sample, s["id"], "skipped", s["skipped"])
                continue
            for sub in s["subjects"]:
                print(sample, s["id"], sub["outcome"], sub["name"])
else:
    root = ET.parse(xml).getroot()
    for suite in root.findall("testsuite"):
        for case in suite.findall("testcase"):
            want = "plangraph.%s.%s" % (suite.get("file"), suite.get("name"))
            if case.get("classname") != want:
                print("classname", case.get("classname"), "is not", want)
            sk, fl = case.find("skipped"), case.find("failure")
            if sk is not None and case.get("name") == suite.get("name"):
                print(sample, suite.get("name"), "skipped", sk.get("message"))
            elif fl is not None:
                print(sample, suite.get("name"), "fail", case.get("name"))
            elif sk is not None:
                print(sample, suite.get("name"), "unknown", case.get("name"))
            else:
                print(sample, suite.get("name"), "pass", case.get("name"))
PY
}

# Parameters a sample's expectations assume. A key SAMPLE@NAME runs the
# sample again with other parameters (its lines start with the key).
declare -A params=([ops-forms]=allowed_regions=us-east-1,eu-west-1
                   [dr-flawed]=allowed_regions=us-east-1,us-west-2
                   [scope-lookups]=allowed_regions=us-east-1,eu-west-1
                   [dr-intent-none@named]=dr_regions=us-east-1,us-west-2
                   [regions-open@allowed]=allowed_regions=us-east-1)

for key in $(cut -d' ' -f1 tests/cli/catalog_queries.expect | uniq); do
  sample=${key%@*}
  plan=samples/$sample/plan.json
  want=$(grep "^$key " tests/cli/catalog_queries.expect)
  only=$(printf '%s\n' "$want" | cut -d' ' -f2 | sort -u | paste -sd,)
  args=(--only "$only")
  [ -n "${params[$key]:-}" ] && args+=(--param "${params[$key]}")
  "$bin" check "$plan" "${args[@]}" --format json -o "$tmp/r.json" --junit "$tmp/r.xml"
  status=$?
  want_status=0
  printf '%s\n' "$want" | grep -q "^[^ ]* [^ ]* fail " && want_status=1
  [ "$status" = "$want_status" ] && ok || bad "$key: exit $status, want $want_status"
  for src in json junit; do
    got=$(outcomes "$key" "$tmp/r.json" "$tmp/r.xml" $src)
    if [ "$got" = "$want" ]; then ok; else
      bad "$key ($src) outcomes differ:"; diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -20
    fi
  done
  if xmllint --noout --schema "$xsd" "$tmp/r.xml" 2>"$tmp/xmllint.log"; then ok; else
    bad "$key: JUnit does not validate"; head -5 "$tmp/xmllint.log"
  fi
  "$bin" check "$plan" "${args[@]}" >"$tmp/r.txt"
  nfail=$(grep -c '^FAIL ' "$tmp/r.txt")
  [ "$nfail" = "$(printf '%s\n' "$want" | grep -c '^[^ ]* [^ ]* fail ')" ] && ok || bad "$key: $nfail FAIL lines in text"
  # The plans hold master passwords that terraform marks sensitive.
  if grep -l 'not-a-real-password' "$tmp/r.json" "$tmp/r.xml" "$tmp/r.txt"; then
    bad "$key: a sensitive value is in a report"
  else ok; fi
done

# Every built-in query is listed for both reference designs, so a query
# added to the catalog without expectations there fails this test.
builtins=$("$bin" list-queries | awk '/^[a-z]/ {print $1}' | sort | paste -sd,)
for sample in dr-reference dr-flawed; do
  listed=$(grep "^$sample " tests/cli/catalog_queries.expect | cut -d' ' -f2 | sort -u | paste -sd,)
  [ "$listed" = "$builtins" ] && ok || bad "$sample lists $listed, not every built-in query"
done
# docs/queries.md has one section per built-in query.
documented=$(sed -n 's/^## `\([a-z0-9-]*\)`$/\1/p' docs/queries.md | sort | paste -sd,)
[ "$documented" = "$builtins" ] && ok || bad "docs/queries.md sections ($documented) are not the built-in queries"
# The complete design: no failure, no unknown, and only allowed-regions
# skipped (it needs its parameter).
"$bin" check samples/dr-reference/plan.json --format json -o "$tmp/ref.json" >/dev/null
python3 - "$tmp/ref.json" <<'PY' && ok || bad "dr-reference must pass every query"
import json, sys
suites = json.load(open(sys.argv[1]))["plans"][0]["suites"]
assert len(suites) == 23, len(suites)
skipped = [s["id"] for s in suites if s["skipped"]]
assert skipped == ["allowed-regions"], skipped
bad = [(s["id"], x["name"], x["outcome"]) for s in suites for x in s["subjects"] if x["outcome"] != "pass"]
assert not bad, bad
PY
# The flawed design fails every critical query at least once.
"$bin" check samples/dr-flawed/plan.json --param allowed_regions=us-east-1,us-west-2 \
  --format json -o "$tmp/flawed.json" >/dev/null
python3 - "$tmp/flawed.json" <<'PY' && ok || bad "dr-flawed must fail every critical query"
import json, sys
suites = json.load(open(sys.argv[1]))["plans"][0]["suites"]
critical = [s for s in suites if s["severity"] == "critical"]
assert len(critical) == 9, [s["id"] for s in critical]
clean = [s["id"] for s in critical if not any(x["outcome"] == "fail" for x in s["subjects"])]
assert not clean, clean
PY

# A failing subject's JUnit failure names its resources and the graph path.
"$bin" check samples/peering-one-way/plan.json --only peering-routes-wired --junit "$tmp/p.xml" >/dev/null
python3 - "$tmp/p.xml" <<'PY' && ok || bad "JUnit failure body"
import sys, xml.etree.ElementTree as ET
cases = {c.get("name"): c for c in ET.parse(sys.argv[1]).getroot().iter("testcase")}
f = cases['aws_route_table.a["db"] via aws_vpc_peering_connection.ab'].find("failure")
assert f.get("type") == "critical", f.get("type")
assert "\n" not in f.get("message")
body = f.text
for want in ['resources:', '  aws_route_table.a["db"]', '  aws_vpc.a', '  aws_vpc.b',
             'path: aws_vpc_peering_connection.ab -[reference vpc_id]-> aws_vpc.a; '
             'aws_vpc_peering_connection.ab -[reference peer_vpc_id]-> aws_vpc.b; '
             'aws_route_table.a["db"] -[reference vpc_id]-> aws_vpc.a']:
    assert want in body, (want, body)
PY

# Exit statuses and report rules.
"$bin" check samples/replica-missing/plan.json --only $core --soft-fail >/dev/null
[ $? = 0 ] && ok || bad "--soft-fail does not turn 1 into 0"
"$bin" check samples/replica-missing/plan.json --param regions=us-east-1 --only replica-per-region >/dev/null
[ $? = 0 ] && ok || bad "--param regions=us-east-1 should leave only passing subjects"
"$bin" check samples/kms-ok/plan.json --no-builtin --queries tests/queries/low-severity.pgq \
  --param min_prefix=8 >/dev/null
[ $? = 0 ] && ok || bad "low query passing"
"$bin" check samples/peering-ok/plan.json --no-builtin --queries tests/queries/low-severity.pgq \
  --param min_prefix=17 >/dev/null
[ $? = 1 ] && ok || bad "low query failing at --fail-on low"
"$bin" check samples/peering-ok/plan.json --no-builtin --queries tests/queries/low-severity.pgq \
  --param min_prefix=17 --fail-on medium >/dev/null
[ $? = 0 ] && ok || bad "--fail-on medium ignores a low failure"
for args in "--param min_prefix=many" "--param nosuch=1" "--only nosuch" "--fail-on severe" \
            "--format yaml"; do
  out=$("$bin" check samples/peering-ok/plan.json --no-builtin \
        --queries tests/queries/low-severity.pgq $args --junit "$tmp/never.xml" 2>&1)
  if [ $? = 2 ] && [ ! -e "$tmp/never.xml" ] && [ -n "$out" ]; then ok; else
    bad "'$args' should be a usage error (exit 2, a message, no report)"; fi
done
# A bad plan among several (issue 14): exit 2, but the good plan is still
# checked and reported, and the text report names the bad one.
out=$("$bin" check samples/kms-ok/plan.json samples/no-such/plan.json --junit "$tmp/partial.xml" \
      2>/dev/null)
[ $? = 2 ] && grep -q 'samples/kms-ok/plan.json' "$tmp/partial.xml" &&
  printf '%s\n' "$out" | grep -q '^ERROR  samples/no-such/plan.json: not checked: cannot open' &&
  ok || bad "a bad second plan: exit 2, the first one's reports, an ERROR line for the second"
# ... and JUnit and JSON name it as an error entry, not as a plan with
# nothing to check (JUnit valid, counted in errors; JSON `errors`).
"$bin" check samples/kms-ok/plan.json samples/no-such/plan.json --junit "$tmp/partial.xml" \
  --format json -o "$tmp/partial.json" >/dev/null 2>&1
python3 - "$tmp/partial.xml" "$tmp/partial.json" <<'PY' && ok || bad "a bad plan: no error entry in JUnit or JSON"
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.get("errors") == "1", root.get("errors")
errs = [(s.get("name"), c.get("classname"), e.get("message"))
        for s in root.findall("testsuite") for c in s.findall("testcase") for e in c.findall("error")]
assert len(errs) == 1 and errs[0][:2] == ("samples/no-such/plan.json",
                                          "plangraph.samples/no-such/plan.json"), errs
assert "cannot open" in errs[0][2], errs
doc = json.load(open(sys.argv[2]))
assert [e["plan"] for e in doc["errors"]] == ["samples/no-such/plan.json"], doc["errors"]
assert "cannot open" in doc["errors"][0]["message"], doc["errors"]
assert [p["plan"] for p in doc["plans"]] == ["samples/kms-ok/plan.json"], doc["plans"]
PY
xmllint --noout --schema "$xsd" "$tmp/partial.xml" 2>/dev/null && ok ||
  bad "JUnit with a plan in error does not validate"
"$bin" check samples/kms-ok/plan.json samples/kms-cross-region/plan.json --only $core \
  --junit "$tmp/two.xml" >/dev/null
python3 - "$tmp/two.xml" <<'PY' && ok || bad "several plans: PLAN:ID suite names"
import sys, xml.etree.ElementTree as ET
names = [s.get("name") for s in ET.parse(sys.argv[1]).getroot().findall("testsuite")]
assert "samples/kms-ok/plan.json:kms-key-per-region" in names, names
assert "samples/kms-cross-region/plan.json:kms-key-per-region" in names, names
assert len(names) == 6, names
PY
xmllint --noout --schema "$xsd" "$tmp/two.xml" 2>/dev/null && ok || bad "two-plan JUnit does not validate"

# A report file gets the permissions the umask allows, like any new file.
(umask 022 && "$bin" check samples/kms-ok/plan.json --junit "$tmp/mode.xml" >/dev/null)
[ "$(stat -c %a "$tmp/mode.xml")" = 644 ] && ok || bad "report mode $(stat -c %a "$tmp/mode.xml"), want 644"

# A project folder .plangraph/queries is read from the current directory.
mkdir -p "$tmp/project/.plangraph/queries"
cp tests/queries/low-severity.pgq "$tmp/project/.plangraph/queries/"
(cd "$tmp/project" && "$bin" list-queries) | grep -q '^test-vpc-in-ten ' && ok ||
  bad "the project folder's query is not in use"
(cd "$tmp/project" && "$bin" check "$root/samples/peering-ok/plan.json" --only test-vpc-in-ten \
  --param min_prefix=17 >/dev/null)
[ $? = 1 ] && ok || bad "the project folder's query did not run"

# --timeout stops a runaway query: exit 2, a message, no report.
cat >"$tmp/slow.pgq" <<'PGQ'
query slow
  title "five nested scans of every node"
check for each (a), (b), (c), (d), (e)
  subject "{a} {b} {c} {d} {e}"
  expect  true
  message "m"
PGQ
out=$("$bin" check samples/dr-two-region/plan.json --no-builtin --queries "$tmp/slow.pgq" \
      --timeout 0.5 --junit "$tmp/slow.xml" 2>&1)
if [ $? = 2 ] && [ ! -e "$tmp/slow.xml" ] && printf '%s' "$out" | grep -q 'timeout'; then ok; else
  bad "--timeout: $out"; fi

echo "catalog queries: $passed passed, $failed failed"
[ "$failed" = 0 ]
