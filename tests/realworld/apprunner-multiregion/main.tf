# offline: this root is plangraph's, not upstream's. Upstream
# (aws-samples/apprunner-multiregion, iac/) has three roots applied one
# after another: iac/base (no provider block: the region from the
# environment; terraform.tfvars region = "us-east-1", region_alternate =
# "us-east-2"), iac/region-a and iac/region-b (each `provider "aws" {
# region = var.region }` and one call of ../modules/apprunner;
# terraform.tfvars region = "us-east-1" and "us-east-2"). Here the three
# are planned as one configuration: one aliased provider a region, and the
# three calls with the values of upstream's terraform.tfvars (SOURCE.md).

provider "aws" {
  alias  = "a"
  region = "us-east-1" # iac/region-a/terraform.tfvars (and iac/base's region)

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "b"
  region = "us-east-2" # iac/region-b/terraform.tfvars

  # offline: mock credentials and skip flags (not upstream)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# iac/base (iac/base/terraform.tfvars)
module "base" {
  source           = "./modules/base"
  providers        = { aws = aws.a }
  app              = "apprunner-multiregion"
  region           = "us-east-1"
  region_alternate = "us-east-2"
}

# iac/region-a/main.tf:91-108 (iac/region-a/terraform.tfvars); `image` has
# no value upstream (the deployer passes the pushed image): a literal of
# the repository iac/base makes
module "region_a" {
  source         = "./modules/apprunner"
  providers      = { aws = aws.a }
  region         = "us-east-1"
  app            = "apprunner-multiregion"
  image          = "123456789012.dkr.ecr.us-east-1.amazonaws.com/apprunner-multiregion:v1"
  route53_zone   = "example.com"
  app_sub_domain = "apprunner"
  health_check   = "/health"
  port           = "8080"
}

# iac/region-b/main.tf:91-108 (iac/region-b/terraform.tfvars); the image is
# the replica ECR replication makes in us-east-2 (iac/base's
# ecr_repo_url_replicated output)
module "region_b" {
  source         = "./modules/apprunner"
  providers      = { aws = aws.b }
  region         = "us-east-2"
  app            = "apprunner-multiregion"
  image          = "123456789012.dkr.ecr.us-east-2.amazonaws.com/apprunner-multiregion:v1"
  route53_zone   = "example.com"
  app_sub_domain = "apprunner"
  health_check   = "/health"
  port           = "8080"
}
