# same-region-references and availability zones: a zone names its region
# (us-west-2a is in us-west-2). The DR subnets here are made in us-east-1
# with zones from a variable of the other region (as
# Mark-hil/terraform-disaster-recovery's DR VPC does): EC2 refuses them,
# and everything built on the DR VPC fails at apply. They passed before;
# they fail now. The eu-west-1 subnet with eu-west-1a passes.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  alias                       = "primary"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "dr"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
variable "dr_azs" { default = ["us-west-2a", "us-west-2b"] } # copied from another region
resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "dr" {
  provider          = aws.dr
  count             = 2
  vpc_id            = aws_vpc.dr.id
  cidr_block        = "10.1.${count.index}.0/24"
  availability_zone = var.dr_azs[count.index]
}
resource "aws_vpc" "primary" {
  provider   = aws.primary
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "primary" {
  provider          = aws.primary
  vpc_id            = aws_vpc.primary.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "eu-west-1a"
}
