# A root module whose database comes from the registry: terraform init
# fetched it into .terraform/modules/db and recorded that in modules.json.
module "db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.13.1"
}
