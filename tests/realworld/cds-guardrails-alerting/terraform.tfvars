# offline: not upstream. The `inputs` of terragrunt/org_account/root.hcl
# (upstream's terragrunt passes them as TF_VAR_ variables).
account_id   = "659087519042"
env          = "production"
product_name = "cds-aws-lz"
region       = "ca-central-1"
billing_code = "cds-aws-lz-production"
org_account  = "659087519042"
