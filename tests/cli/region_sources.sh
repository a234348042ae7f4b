#!/usr/bin/env bash
# Where plangraph reads a provider's region expression (plan JSON records
# only what it reads, not what it does): samples/region-swapped's aws.dr is
# `var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"`. Every
# way of naming the sources must give us-west-2: the plan's own folder, a
# plan on standard input read in the root module's folder (terraform show
# -json tfplan | plangraph check -), and --tf-dir for a plan kept
# elsewhere; stats, explain and check must agree.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
sample="$root/samples/region-swapped"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$sample/plan.json" "$tmp/plan.json"
fail=0
want='provider.aws.dr +us-west-2 '

check_stats() {  # name, then the command's output on stdin
  if ! grep -Eq "$want"; then
    echo "region_sources: FAIL: $1: aws.dr is not us-west-2"
    fail=1
  fi
}

"$bin" stats "$sample/plan.json" | check_stats "plan beside its sources"
(cd "$sample" && "$bin" stats - < plan.json) | check_stats "plan on standard input"
"$bin" explain "$tmp/plan.json" provider.aws.dr --tf-dir "$sample" |
  grep -q '^region: *us-west-2' || { echo "region_sources: FAIL: explain --tf-dir"; fail=1; }
(cd "$sample" && "$bin" check - --only kms-key-per-region --soft-fail < plan.json) |
  grep -q 'FAIL .*aws_db_instance.replica  \[us-west-2\]' ||
  { echo "region_sources: FAIL: check on standard input"; fail=1; }
[ $fail = 0 ] && echo "region_sources: ok"
exit $fail
