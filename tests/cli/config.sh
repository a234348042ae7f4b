#!/usr/bin/env bash
# The configuration file: found upward from the plan's folder to the
# repository root, PLANGRAPH_CONFIG, --config; command-line options over
# the file's; paths relative to the file; `config --show`; errors with
# file:line:col. Each case compares the whole output and exit status.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
repo=$tmp/repo
mkdir -p "$repo/.git" "$repo/infra" "$repo/policies"
cp "$root/samples/dr-flawed/plan.json" "$repo/infra/"
cp "$root/tests/config/project.yml" "$repo/.plangraph.yml"
cp "$root/tests/queries/low-severity.pgq" "$repo/policies/"
cp "$root"/tests/config/*.yml "$tmp/"
failed=0
# case NAME EXPECTED-FILE-CONTENT -- ARGS: runs plangraph in $repo/infra.
case_() {
  local name=$1 want=$2
  shift 2
  local got
  if [ "$1" = sh ]; then
    got=$(cd "$repo/infra" && "$@" 2>&1; echo "exit: $?")
  else
    got=$(cd "$repo/infra" && "$bin" "$@" 2>&1; echo "exit: $?")
  fi
  if [ "$got" != "$want" ]; then
    echo "FAIL $name"
    diff <(echo "$want") <(echo "$got") | head -20
    failed=$((failed + 1))
  fi
}

case_ found-upward "$(cat <<'OUT'
FAIL    critical allowed-regions  eu-central-1
      is not an allowed region (us-east-1, us-west-2), but aws_s3_bucket.backup is placed there...
FAIL    high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[0]  [us-west-2]
      uses db.t3.medium, which matches the forbidden class pattern db.t3.*; use a...
FAIL    high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[1]  [us-west-2]
      uses db.t3.medium, which matches the forbidden class pattern db.t3.*; use a...
FAIL    critical replica-per-region  aws_rds_global_cluster.orders in us-west-2
      global cluster aws_rds_global_cluster.orders has no member cluster in us-west-2; members...
plan.json: 3 queries, 9 subjects: 5 passed, 4 failed, 0 unknown
exit: 1
OUT
)" check plan.json

# The command line wins: --only, --fail-on, and --param over the file's key.
case_ command-line-wins "$(cat <<'OUT'
plan.json: 1 query, 4 subjects: 4 passed, 0 failed, 0 unknown
exit: 0
OUT
)" check plan.json --only db-instance-class --param forbidden_classes=db.x.* --fail-on critical

# --fail-on from the file: only high findings, which a critical threshold
# on the command line lets pass.
case_ fail-on-override "$(cat <<'OUT'
FAIL    high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[0]  [us-west-2]
      uses db.t3.medium, which matches the forbidden class pattern db.t3.*; use a...
FAIL    high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[1]  [us-west-2]
      uses db.t3.medium, which matches the forbidden class pattern db.t3.*; use a...
plan.json: 1 query, 4 subjects: 2 passed, 2 failed, 0 unknown
exit: 0
OUT
)" check plan.json --only db-instance-class --fail-on critical

# queries: relative to the file (policies/ beside it); the file's params
# for queries that --only leaves out are no error.
case_ queries-relative "$(cat <<'OUT'
plan.json: 1 query, 2 subjects: 2 passed, 0 failed, 0 unknown
exit: 0
OUT
)" check plan.json --only test-vpc-in-ten

# PLANGRAPH_CONFIG names the file (soft-fail: true, format: json).
case_ env-and-flag "$(cat <<'OUT'
exit: 0
OUT
)" sh -c 'PLANGRAPH_CONFIG=../../soft.yml "$0" check plan.json | grep -c "\"failed\": 2" >/dev/null' "$bin"

case_ show "$(cat <<'OUT'
# configuration file: ../.plangraph.yml
only           replica-per-region,allowed-regions,db-instance-class # ../.plangraph.yml:3
skip           (none)                           # default
no-builtin     false                            # default
fail-on        high                             # ../.plangraph.yml:7
soft-fail      false                            # default
format         text                             # default
output         (standard output)                # default
junit          (none)                           # default
sarif          (none)                           # default
sarif-unknown  note                             # default
repo-root      (git top level)                  # default
tf-dir         (the plan's folder)              # default
timeout        (none)                           # default
jobs           (one per CPU; one if small)      # default
verbose        false                            # default
baseline       (none)                           # default
param          allowed_regions=us-east-1,us-west-2 # ../.plangraph.yml:5
param          forbidden_classes=db.t3.*        # ../.plangraph.yml:6
queries        ../policies                      # ../.plangraph.yml:8
exit: 0
OUT
)" config plan.json --show

case_ bad-syntax "$(cat <<'OUT'
../../bad-syntax.yml:2:8: error: did not find expected ',' or ']' while parsing a flow sequence
    fail-on: high
           ^
exit: 2
OUT
)" check plan.json --config ../../bad-syntax.yml

case_ bad-flag "$(cat <<'OUT'
../../bad-flag.yml:2:12: error: wants true or false
    soft-fail: maybe
               ^
exit: 2
OUT
)" check plan.json --config ../../bad-flag.yml

case_ bad-key "$(cat <<'OUT'
../../bad-key.yml:2:1: error: unknown setting 'fial-on' (settings are check's options: queries, only, skip, params, fail-on, soft-fail, format, output, junit, sarif, ...)
    fial-on: high
    ^
exit: 2
OUT
)" check plan.json --config ../../bad-key.yml

case_ bad-param "$(cat <<'OUT'
plangraph: error: --param min_standby=1,2: query standby-capacity wants a number
../../bad-param.yml:2:16: note: parameter min_standby is set here
exit: 2
OUT
)" check plan.json --config ../../bad-param.yml

# Waivers: active (suppressed, counted), expired (failing, said in the
# message), unmatched (a warning with the waiver's place).
case_ waivers "$(cat <<'OUT'
../../waivers.yml:15:5: warning: the waiver of * for aws_nothing.* matches no failing subject; remove it
FAIL    high     no-open-ingress  module.primary.aws_security_group_rule.db_from_app  [us-east-1]
      opens port 3306 to the internet (0.0.0.0/0); only 80, 443 should be; restrict cidr_blocks...
FAIL    high     no-open-ingress  module.secondary.aws_security_group_rule.db_from_app  [us-west-2]
      opens port 3306 to the internet (0.0.0.0/0); only 80, 443 should be; restrict cidr_blocks...
plan.json: 2 queries, 10 subjects: 6 passed, 2 failed, 0 unknown, 2 waived
exit: 1
OUT
)" check plan.json --config ../../waivers.yml

case_ waivers-verbose "$(cat <<'OUT'
waived  high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[0]  [us-west-2]
      module.secondary.aws_rds_cluster_instance.db[0] (us-west-2) uses db.t3.medium, which matches
      the forbidden class pattern db.t*; use a fixed-performance class such as db.r6g.large (or
      db.serverless for Aurora)
      [waived: burstable classes for the standby until the migration (team-db, until 2999-12-31)]
waived  high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[1]  [us-west-2]
      module.secondary.aws_rds_cluster_instance.db[1] (us-west-2) uses db.t3.medium, which matches
      the forbidden class pattern db.t*; use a fixed-performance class such as db.r6g.large (or
      db.serverless for Aurora)
      [waived: burstable classes for the standby until the migration (team-db, until 2999-12-31)]
exit: 0
OUT
)" sh -c '"$0" check plan.json --config ../../waivers.yml -v --only db-instance-class 2>/dev/null | awk "/^[A-Za-z]/ { on = /^waived/ } on"' "$bin"

# An expired waiver leaves the finding failing and says so (-v: whole).
case_ waivers-expired "$(cat <<'OUT'
FAIL    high     no-open-ingress  module.primary.aws_security_group_rule.db_from_app  [us-east-1]
      module.primary.aws_security_group_rule.db_from_app (us-east-1) opens port 3306 to the
      internet (0.0.0.0/0); only 80, 443 should be; restrict cidr_blocks to known networks or reach
      it through a load balancer or a bastion (the waiver of this finding expired on 2020-01-31:
      open during the load test)
      fix: Restrict the rule's CIDR blocks to known networks, or reach the service through a load
      balancer or a bastion (a port the load balancer listens on may stay open on the load
      balancer's own security group).
exit: 0
OUT
)" sh -c '"$0" check plan.json --config ../../waivers.yml -v --only no-open-ingress 2>/dev/null | awk "/^[A-Za-z]/ { on = /^FAIL.*primary/ } on"' "$bin"

case_ waivers-junit "$(cat <<'OUT'
      <skipped message="waived: burstable classes for the standby until the migration (team-db, until 2999-12-31)"/>
      <skipped message="waived: burstable classes for the standby until the migration (team-db, until 2999-12-31)"/>
exit: 0
OUT
)" sh -c '"$0" check plan.json --config ../../waivers.yml --format junit 2>/dev/null | grep waived' "$bin"

# A waiver's address is matched with `*` and `?` only: an address copied
# from a report, brackets and all, waives that resource. A waiver of a
# query `only` leaves out is not warned about; one of no query at all is.
case_ waivers-exact "$(cat <<'OUT'
../../waivers-exact.yml:12:5: warning: the waiver names query db-instance-clas, which is not a query in use; check its id
FAIL    high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[0]  [us-west-2]
      uses db.t3.medium, which matches the forbidden class pattern db.t*; use a...
plan.json: 1 query, 4 subjects: 2 passed, 1 failed, 0 unknown, 1 waived
exit: 1
OUT
)" check plan.json --config ../../waivers-exact.yml

case_ bad-waiver "$(cat <<'OUT'
../../bad-waiver.yml:5:14: error: wants a date, YYYY-MM-DD
        expires: next year
                 ^
exit: 2
OUT
)" check plan.json --config ../../bad-waiver.yml

# Baseline: --write-baseline records today's failures; with one of them
# dropped from the file and a finding that no longer fails added, --baseline
# reports the dropped one as new (failing), the rest as known, and lists
# the fixed one.
(cd "$repo/infra" && "$bin" check plan.json --config ../../soft.yml \
   --only db-instance-class,no-open-ingress --write-baseline ../../baseline.json >/dev/null)
python3 - "$tmp/baseline.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert [f["query"] for f in d["findings"]] == ["db-instance-class"] * 2 + ["no-open-ingress"] * 2, d
d["findings"] = d["findings"][1:] + [{"fingerprint": "0123456789abcdef", "query": "db-instance-class",
                                      "subject": "aws_db_instance.gone", "plan": "plan.json"}]
json.dump(d, open(sys.argv[1], "w"))
PY
case_ baseline "$(cat <<'OUT'
../../baseline.json: note: 1 finding of the baseline no longer fails; remove it:
  0123456789abcdef  db-instance-class  aws_db_instance.gone
FAIL    high     db-instance-class  module.secondary.aws_rds_cluster_instance.db[0]  [us-west-2]
      uses db.t3.medium, which matches the forbidden class pattern db.t3.*; use a...
plan.json: 2 queries, 10 subjects: 6 passed, 1 failed, 0 unknown, 3 in the baseline
exit: 1
OUT
)" check plan.json --only db-instance-class,no-open-ingress --baseline ../../baseline.json

# Only no-open-ingress runs: its two findings are known, and the baseline's
# findings of other queries are not called fixed.
case_ baseline-all-known "$(cat <<'OUT'
exit: 0
OUT
)" sh -c '"$0" check plan.json --only no-open-ingress --baseline ../../baseline.json >/dev/null' "$bin"

case_ bad-baseline "$(cat <<'OUT'
../../bad-key.yml:1:6: error: '[' or '{' expected near 'format'
exit: 2
OUT
)" check plan.json --baseline ../../bad-key.yml

case_ missing "$(cat <<'OUT'
exit: 2
OUT
)" sh -c '"$0" check plan.json --config ../../nothing.yml 2>/dev/null' "$bin"

echo "config: $failed failed"
exit $((failed > 0))
