# A region is not inferred across a multi-region key and its replica. The
# default provider sets no region (AWS_REGION; ENV holds the one this plan
# was made with) and makes a multi-region key, the VPC and its security
# group; aws.dr is us-west-2 and makes the key's aws_kms_replica_key and a
# standby instance that names the primary's security group, the defect (an
# instance takes security groups of its own region only). The replica key
# is there to put the key in a second region, so its configuration and
# the default provider's are apart: the security group reference gives the
# default provider no region (it would have been us-west-2, and the
# instance's defect assumed right).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "app" {
  description  = "app data"
  multi_region = true
}

resource "aws_kms_replica_key" "app_dr" {
  provider        = aws.dr
  description     = "app data, DR copy"
  primary_key_arn = aws_kms_key.app.arn
}

resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  vpc_id = aws_vpc.primary.id
  name   = "app"
}

resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "dr" {
  provider   = aws.dr
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.1.0/24"
}

# The defect: the standby names the primary's security group.
resource "aws_instance" "standby" {
  provider               = aws.dr
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.dr.id
  vpc_security_group_ids = [aws_security_group.app.id]
}
