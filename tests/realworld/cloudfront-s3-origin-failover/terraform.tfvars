# offline: not upstream. The values the module's author passes when he
# deploys his own site with it (cullancarey/website 8ac8058,
# terraform/website.tf: module "static-s3-website-template" v1.1.2).
root_domain_name             = "cullancarey.com"
website-bucket-region        = "us-east-2"
backup-website-bucket-region = "us-east-1"
