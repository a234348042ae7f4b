# offline: data "terraform_remote_state" "shared_remote_state" (backend "s3", bucket
# "aws-cicd-infrastructure", key "infrastructure/shared/ap-southeast-1/terraform.tfstate",
# region "ap-southeast-1": the shared root's outputs, read at plan time) ->
# literals of the outputs' shape (infra/shared/vpc.tf: one VPC per region, three
# private and three public subnets each, module terraform-aws-modules/vpc 3.14.0)
locals {
  offline_shared_remote_state = {
    aws_vpc_id                 = "vpc-0a5e1c0000000a001"
    aws_vpc_private_subnets    = ["subnet-0a5e1c00000000a11", "subnet-0a5e1c00000000a12", "subnet-0a5e1c00000000a13"]
    aws_vpc_public_subnets     = ["subnet-0a5e1c00000000a21", "subnet-0a5e1c00000000a22", "subnet-0a5e1c00000000a23"]
    aws_vpc_eu_id              = "vpc-0e0c1000000000e01"
    aws_vpc_eu_private_subnets = ["subnet-0e0c100000000e011", "subnet-0e0c100000000e012", "subnet-0e0c100000000e013"]
    aws_vpc_eu_public_subnets  = ["subnet-0e0c100000000e021", "subnet-0e0c100000000e022", "subnet-0e0c100000000e023"]
  }
}

# offline: data "aws_route53_zone" "main_domain" (provider aws.root, name var.main_domain,
# private_zone false: Route 53 at plan time) -> the zone id of var.main_domain as a literal
locals { offline_main_domain_zone_id = "Z0EXAMPLEMAINDOMAIN" }