#!/usr/bin/env bash
# A binary plan file is converted with `terraform show -json` when terraform
# is on PATH (run in the directory that made it). Needs terraform and the
# provider mirror; exits 77 (skipped) without them.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
mirror=${PLANGRAPH_TF_MIRROR:-/opt/tf-plugins}
command -v terraform >/dev/null 2>&1 || { echo "no terraform: skipped"; exit 77; }
[ -d "$mirror" ] || { echo "no provider mirror: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/cli.tfrc" <<CFG
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct { exclude = ["registry.terraform.io/hashicorp/*"] }
}
CFG
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" CHECKPOINT_DISABLE=1
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIbPxRfiCYEXAMPLEKEY
cp -r "$root/samples/regions-from-variables" "$work/s"
cd "$work/s" || exit 2
terraform init -input=false >/dev/null 2>&1 || { echo "FAIL terraform init"; exit 1; }
terraform plan -refresh=false -input=false -lock=false -out=plan.tfplan >/dev/null 2>&1 ||
  { echo "FAIL terraform plan"; exit 1; }
from_binary=$("$bin" graph plan.tfplan) || { echo "FAIL binary plan not read"; exit 1; }
from_json=$("$bin" graph "$root/samples/regions-from-variables/plan.json") || exit 1
if [ "$from_binary" != "$from_json" ]; then
  echo "FAIL the graph of the binary plan differs from the committed JSON's"
  exit 1
fi
# Without terraform on PATH: a message that says how to make the JSON.
msg=$(PATH=/nonexistent "$bin" stats plan.tfplan 2>&1)
status=$?
case "$msg" in
  *"is a binary plan file; plangraph reads its JSON form"*) ;;
  *) echo "FAIL unexpected message: $msg"; exit 1 ;;
esac
[ "$status" = 2 ] || { echo "FAIL exit $status, want 2"; exit 1; }
echo "binary plan: 2 passed, 0 failed"
