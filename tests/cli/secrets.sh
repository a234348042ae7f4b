#!/usr/bin/env bash
# Secrets stay secret: samples/secrets (and samples/bignum), made by terraform, hold known
# strings starting with PGSECRET in a sensitive variable, provider-sensitive
# attributes, a sensitive() value, a sensitive output, and existing
# resources whose sensitive values are updated or deleted. Every output
# format of every command, and every error message, is searched for them;
# the outputs that render values must show "(sensitive)" instead.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
cd "$root" || exit 2
plan=samples/secrets/plan.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
grep -q PGSECRET "$plan" || { echo "FAIL $plan holds no PGSECRET string"; exit 1; }

failed=0
ran=0
# run NAME [--shows-sensitive] ARGS...: runs plangraph, keeps stdout, stderr
# and any report file it names under $out/NAME, and checks them.
run() {
  local name=$1 shows=0
  shift
  [ "$1" = --shows-sensitive ] && { shows=1; shift; }
  mkdir -p "$out/$name"
  (cd "$out/$name" && "$bin" "$@" >stdout 2>stderr)
  local status=$?
  ran=$((ran + 1))
  if [ "$status" -gt 2 ]; then
    echo "FAIL $name: exit status $status"; failed=$((failed + 1)); return
  fi
  if grep -rl PGSECRET "$out/$name" >/dev/null; then
    echo "FAIL $name leaks:"; grep -rho 'PGSECRET[-a-z0-9]*' "$out/$name" | sort -u | sed 's/^/  /'
    failed=$((failed + 1)); return
  fi
  if [ "$shows" = 1 ] && ! grep -rq '(sensitive)' "$out/$name"; then
    echo "FAIL $name: no \"(sensitive)\" where values are shown"; failed=$((failed + 1))
  fi
}

p=$root/$plan
leak=$root/tests/secrets/leak.pgq
run check-text check "$p" -v
run check-json check "$p" --format json
run check-junit check "$p" --format junit
run check-files check "$p" -o report.json --format json --junit report.xml
run leak-text --shows-sensitive check "$p" --no-builtin --queries "$leak" -v
run leak-json --shows-sensitive check "$p" --no-builtin --queries "$leak" --format json
run leak-junit --shows-sensitive check "$p" --no-builtin --queries "$leak" --junit r.xml
for f in sarif github gitlab; do
  run "check-$f" check "$p" --format "$f"
  run "leak-$f" --shows-sensitive check "$p" --no-builtin --queries "$leak" --format "$f"
done
run leak-sarif-file --shows-sensitive check "$p" --no-builtin --queries "$leak" --sarif r.sarif
run leak-error --shows-sensitive check "$p" --no-builtin --queries "$root/tests/secrets/leak-error.pgq"
for f in dot graphml json; do
  run "graph-$f" graph "$p" --format "$f"
done
run stats-text stats "$p"
run stats-json stats "$p" --format json
for a in aws_ssm_parameter.signing_key aws_ssm_parameter.legacy aws_db_instance.orders \
  'aws_ssm_parameter.replica[0]' aws_secretsmanager_secret_version.api aws_sns_topic.alerts; do
  run "explain-$a" --shows-sensitive explain "$p" "$a"
done
run explain-var explain "$p" var.db_password
run path path "$p" aws_secretsmanager_secret_version.api aws_secretsmanager_secret.api
q='match (p: aws_ssm_parameter|aws_db_instance|aws_secretsmanager_secret_version|aws_sns_topic) return p, p.value, p.password, p.secret_string, p.tags, p.tags.Webhook, upper(p.value), split(p.value, "-")'
for f in table json csv; do
  run "query-$f" --shows-sensitive query "$p" "$q" --format "$f"
done
run query-values --shows-sensitive query "$p" 'match (p: aws_ssm_parameter|aws_sns_topic) return keys(p), get(p, "tags_all"), string(p.value), join([p.value, "x"], ","), p.tags_all.Webhook'
run query-json-values --shows-sensitive query "$p" 'match (p: aws_sns_topic) return p.tags_all, p.tags' --format json
run query-error query "$p" 'match (p: aws_ssm_parameter) where p.value =~ p.value + "(" return p'

# Predicates (finding 1): every value computed from a secret is sensitive,
# booleans, counts and lengths included, and a query file that a pull
# request adds to ./.plangraph/queries/ (loaded by `check`) rebuilds nothing.
oracle=$root/tests/secrets/oracle.pgq
for f in text json junit sarif github gitlab; do
  mkdir -p "$out/oracle-$f/.plangraph/queries" && cp "$oracle" "$out/oracle-$f/.plangraph/queries/"
  run "oracle-$f" --shows-sensitive check "$p" --format "$f" -v
done
mkdir -p "$out/oracle-files/.plangraph/queries" && cp "$oracle" "$out/oracle-files/.plangraph/queries/"
run oracle-files --shows-sensitive check "$p" -o r.json --format json --junit r.xml --sarif r.sarif
cs='["A","B","C","D","E","F","G","H","I","J","K","L","M","N","O","P","Q","R","S","T","U","V","W","X","Y","Z","a","b","c","d","e","f","g","h","i","j","k","l","m","n","o","p","q","r","s","t","u","v","w","x","y","z","0","1","2","3","4","5","6","7","8","9","-","_"]'
q="match (p: aws_ssm_parameter) let cs = $cs return p, join([i in [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29] | join([c in cs where p.value[i] == c | c], \"\")], \"\"), p.value == \"PGSEC\" + \"RET-ssm-new-value\", starts_with(p.value, \"PGSEC\"), p.value =~ \"^PGS\", p.value < \"Q\", \"new\" in p.value, length(p.value), count([c in cs where contains(p.value, c)]), if p.value == \"x\" then 1 else 2"
for f in table json csv; do
  run "oracle-query-$f" --shows-sensitive query "$p" "$q" --format "$f"
done
# Every one of those columns but p must be masked: a plain true or false
# in the table is a predicate that leaked.
if grep -qE 'true|false' "$out/oracle-query-table/stdout"; then
  echo "FAIL oracle-query-table: a predicate on a secret shows:"; cat "$out/oracle-query-table/stdout"
  failed=$((failed + 1))
fi
# keys() and paths() inside a sensitive object (finding 14): key names hide.
python3 - "$root/$plan" "$out/keys.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for rc in d["resource_changes"]:
    if rc["address"] == "aws_sns_topic.alerts":
        rc["change"]["after"]["data"] = {"PGSECRET-key-as-name": "x1", "other": "PGSECRET-value-in-map"}
        rc["change"]["after_sensitive"]["data"] = True
json.dump(d, open(sys.argv[2], "w"))
PY
for f in table json csv; do
  run "keys-$f" --shows-sensitive query "$out/keys.json" 'match (t: aws_sns_topic) return keys(t.data), paths(t, "data*"), paths(t.data, "*"), length(t.data), t.data' --format "$f"
done

# refused NAME ARGS...: plangraph must stop with exit 2 and say that what
# decides a subject or row depends on a sensitive value, quoting nothing.
refused() {
  local name=$1
  shift
  run "$name" "$@"
  if ! grep -q 'depends on a sensitive value' "$out/$name/stderr"; then
    echo "FAIL $name: not refused:"; cat "$out/$name/stderr" "$out/$name/stdout"
    failed=$((failed + 1))
  fi
}
refused refuse-where query "$p" 'match (p: aws_ssm_parameter) where p.value[0] == "P" return p'
refused refuse-pattern query "$p" 'match (p: aws_ssm_parameter where starts_with(p.value, "P")) return p'
refused refuse-for-each query "$p" 'match (p: aws_ssm_parameter), c in split(p.value, "-") return c'
refused refuse-sort query "$p" 'match (p: aws_ssm_parameter) return sort([p.value, "Q"])'
refused refuse-group query "$p" 'match (p: aws_ssm_parameter) return group([[p.value == "x", p]])'
refused refuse-distinct query "$p" 'match (p: aws_ssm_parameter) return distinct([p.value, "x"])'
# A check's own `where` on a secret is no refusal: every candidate is a
# subject, unknown, saying why, so that one sensitive input cannot stop
# every report; which candidates are subjects tells nothing of the secret.
run check-where-secret check "$p" --no-builtin --queries "$root/tests/secrets/check-where.pgq" -v --format json
if ! python3 - "$out/check-where-secret/stdout" <<'PY'
import json, sys
subs = [x for p in json.load(open(sys.argv[1]))["plans"] for s in p["suites"] for x in s["subjects"]]
assert len(subs) == 4, subs   # every aws_ssm_parameter of the sample
for x in subs:
    assert x["outcome"] == "unknown", x
    assert "depends on a value the plan marks sensitive" in x["message"], x
PY
then
  echo "FAIL check-where-secret: not every candidate an unknown subject"; failed=$((failed + 1))
fi
refused refuse-subject check "$p" --no-builtin --queries "$root/tests/secrets/refuse-subject.pgq" --format json

# Regions from sensitive values (issue 12 item 2): aws_sns_topic.alerts with
# a sensitive per-resource `region`, and module providers whose region is a
# sensitive module variable two levels down (with a sensitive zone).
python3 - "$p" "$out/region.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for rc in d["resource_changes"]:
    if rc["address"] == "aws_sns_topic.alerts":
        rc["change"]["after"]["region"] = "PGSECRET-sensitive-region"
        rc["change"]["after_sensitive"]["region"] = True
for r in d["planned_values"]["root_module"]["resources"]:
    if r["address"] == "aws_sns_topic.alerts":
        r["values"]["region"] = "PGSECRET-sensitive-region"
        r["sensitive_values"]["region"] = True
for r in d["configuration"]["root_module"]["resources"]:
    if r["address"] == "aws_sns_topic.alerts":
        r["expressions"]["region"] = {"references": ["var.region_secret"]}
d["configuration"]["root_module"]["variables"]["region_secret"] = {"sensitive": True}
d["variables"]["region_secret"] = {"value": "PGSECRET-sensitive-region"}
json.dump(d, open(sys.argv[2], "w"))
PY
for rp in "$out/region.json" "$root/tests/secrets/region-module-var.json"; do
  n=$(basename "$rp" .json)
  run "$n-check" check "$rp" -v
  run "$n-check-regions" check "$rp" -v --param allowed_regions=us-east-1
  run "$n-check-json" check "$rp" --format json --param allowed_regions=us-east-1
  run "$n-stats" stats "$rp"
  run "$n-stats-json" stats "$rp" --format json
  for f in dot graphml json; do run "$n-graph-$f" graph "$rp" --format "$f"; done
  run "$n-query" --shows-sensitive query "$rp" 'match (t) return t, region(t), t.region'
  run "$n-query-json" --shows-sensitive query "$rp" 'match (t) return region(t)' --format json
done
run region-explain --shows-sensitive explain "$out/region.json" aws_sns_topic.alerts
run region-explain-provider explain "$root/tests/secrets/region-module-var.json" \
  provider.module.outer.module.inner:aws
run region-explain-zone --shows-sensitive explain "$root/tests/secrets/region-module-var.json" \
  module.outer.module.inner.aws_sns_topic.t
grep -q 'region:.*unknown (its own region argument comes from a sensitive value)' \
  "$out/region-explain/stdout" || { echo "FAIL region-explain: no sensitive-region reason"; failed=$((failed + 1)); }

# A region name is no secret by its text: aws_ssm_parameter.home_region
# stores "us-east-1" (the provider marks every parameter's value), and the
# resources of us-east-1 keep their region; check and graph run through.
"$bin" explain "$p" aws_db_instance.orders >"$out/home-explain.txt" 2>&1
grep -q '^region: *us-east-1 (provider aws region = "us-east-1")' "$out/home-explain.txt" ||
  { echo "FAIL home-region explain:"; cat "$out/home-explain.txt"; failed=$((failed + 1)); }
for cmd in "check $p" "graph $p --format json"; do
  # shellcheck disable=SC2086
  "$bin" $cmd >"$out/home-run.txt" 2>&1
  st=$?
  [ "$st" -le 1 ] || { echo "FAIL home-region $cmd: exit $st:"; cat "$out/home-run.txt"; failed=$((failed + 1)); }
done
run home-region-explain --shows-sensitive explain "$p" aws_ssm_parameter.home_region

# Big numbers (finding 13): samples/bignum (terraform_data with integers
# beyond 64 bits and beyond double, made by terraform) loads, its
# sensitive() token stays masked in an unmarked copy (aws_sns_topic.copy)
# in every output, and explain keeps the resource's values.
b=$root/samples/bignum/plan.json
run bignum-check check "$b" -v
run bignum-check-files check "$b" -o r.json --format json --junit r.xml --sarif r.sarif
for f in dot graphml json; do run "bignum-graph-$f" graph "$b" --format "$f"; done
run bignum-stats stats "$b" --format json
for f in table json csv; do
  run "bignum-query-$f" --shows-sensitive query "$b" \
    'match (t: aws_sns_topic|terraform_data) return t, t.tags, t.tags.Note, t.input' --format "$f"
done
run bignum-explain --shows-sensitive explain "$b" terraform_data.d
run bignum-explain-copy --shows-sensitive explain "$b" aws_sns_topic.copy
for f in bignum-check/stdout bignum-stats/stdout bignum-query-table/stdout; do
  [ -s "$out/$f" ] || { echo "FAIL $f: empty (the plan did not load?)"; failed=$((failed + 1)); }
done
grep -q '"huge": 123456789012345678901234567890,' "$out/bignum-explain/stdout" ||
  { echo "FAIL bignum-explain: values dropped:"; cat "$out/bignum-explain/stdout"; failed=$((failed + 1)); }

echo "secrets: $ran runs, $failed failed"
[ "$failed" = 0 ]
