# ami-from-lookup and images the plan makes from an instance. An
# aws_ami_from_instance is made in its provider's region: the us-east-1
# template that uses it passes (it was unknown), and the us-west-2 one
# fails, since an AMI exists in one region only (it was unknown too). A
# copy into us-west-2 that names the source's region passes; one that
# names another source_ami_region fails: CopyImage looks the source up
# there, and the copy fails at apply (it passed).
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

resource "aws_instance" "builder" {
  ami           = "ami-0c02fb55956c7d316"
  instance_type = "t3.micro"
}

resource "aws_ami_from_instance" "golden" {
  name               = "app-golden"
  source_instance_id = aws_instance.builder.id
}

resource "aws_launch_template" "primary" {
  name_prefix   = "app-primary-"
  image_id      = aws_ami_from_instance.golden.id
  instance_type = "t3.micro"
}

resource "aws_launch_template" "dr_direct" {
  provider      = aws.dr
  name_prefix   = "app-dr-direct-"
  image_id      = aws_ami_from_instance.golden.id # an AMI of us-east-1
  instance_type = "t3.micro"
}

resource "aws_ami_copy" "dr" {
  provider          = aws.dr
  name              = "app-golden-dr"
  source_ami_id     = aws_ami_from_instance.golden.id
  source_ami_region = "us-east-1"
}

resource "aws_launch_template" "dr" {
  provider      = aws.dr
  name_prefix   = "app-dr-"
  image_id      = aws_ami_copy.dr.id
  instance_type = "t3.micro"
}

resource "aws_ami_copy" "dr_stale" {
  provider          = aws.dr
  name              = "app-golden-dr-stale"
  source_ami_id     = aws_ami_from_instance.golden.id
  source_ami_region = "eu-west-1" # copied from an older layout
}

resource "aws_launch_template" "dr_stale" {
  provider      = aws.dr
  name_prefix   = "app-dr-stale-"
  image_id      = aws_ami_copy.dr_stale.id
  instance_type = "t3.micro"
}
