#!/usr/bin/env bash
# Where plangraph reads a provider's region expression (plan JSON records
# only what it reads, not what it does): samples/region-swapped's aws.dr is
# `var.primary_region == "us-east-1" ? "us-west-2" : "us-east-1"`. Every
# way of naming the sources must give us-west-2: the plan's own folder, a
# plan on standard input read in the root module's folder (terraform show
# -json tfplan | plangraph check -), and --tf-dir for a plan kept
# elsewhere; stats, explain and check must agree. Then sources edited
# after the plan, and a sensitive output.
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

# Sources edited after the plan (samples/region-written-forms' replica
# module now says ap-south-1): the data source read with that provider
# while planning says us-west-2, so the sources' text is not taken; the
# region is the data's, and the reason says the text was contradicted.
forms="$tmp/forms"
cp -r "$root/samples/region-written-forms" "$forms"
sed -i 's/replica_region = try(var.replication.region, var.region)/replica_region = "ap-south-1"/' \
  "$forms/modules/replica/main.tf"
out=$("$bin" stats "$forms/plan.json")
echo "$out" | grep -Eq 'provider.module.replica:aws.replica +us-west-2 .*not ap-south-1, which module.replica.data.aws_region.replica read while planning contradicts' ||
  { echo "region_sources: FAIL: edited sources against data read while planning"; echo "$out" | grep replica; fail=1; }
# A sensitive output's value never shows.
"$bin" stats "$root/samples/region-written-forms/plan.json" | grep -q 'me-central-1' &&
  { echo "region_sources: FAIL: a sensitive output's region shows"; fail=1; }
[ $fail = 0 ] && echo "region_sources: ok"
exit $fail
