# ami-from-lookup on images named resolve:ssm:PARAMETER, which EC2 reads
# in the instance's own region at launch (the public AMI parameters under
# /aws/service/ are in every region). Two regions, each with a launch
# template and an instance:
# - the launch templates and the instances of both regions name the
#   Amazon Linux parameter: they pass (they failed as constant AMIs);
# - the launch configuration cannot take such a name and names a constant
#   ami- id: it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
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

locals {
  al2023 = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = local.al2023
  instance_type = "t3.small"
}

resource "aws_launch_template" "web_dr" {
  provider      = aws.dr
  name_prefix   = "web-"
  image_id      = local.al2023
  instance_type = "t3.small"
}

resource "aws_instance" "bastion" {
  ami           = local.al2023
  instance_type = "t3.micro"
}

resource "aws_instance" "bastion_dr" {
  provider      = aws.dr
  ami           = local.al2023
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"
}
