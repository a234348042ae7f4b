# An EC2 Image Builder distribution configuration, made in us-east-1 where
# the pipeline builds, copies each new image to us-west-2 and makes it the
# default version of a launch template in each region. Image Builder looks
# a distribution block's launch template up in that block's region, so the
# us-west-2 block rightly names the us-west-2 template. same-region-
# references failed this correct design (the DR template is not of
# us-east-1, the configuration's provider region) and told the author to
# name the us-east-1 template, which is the defect. Now the configuration
# `web` passes; `batch`, whose only block is for us-west-2 but names the
# us-east-1 template, fails.
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

resource "aws_launch_template" "web" {
  name          = "web"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "web_dr" {
  provider      = aws.dr
  name          = "web"
  instance_type = "t3.micro"
}

resource "aws_imagebuilder_distribution_configuration" "web" {
  name = "web"

  distribution {
    region = "us-east-1"
    ami_distribution_configuration {
      name = "web-{{ imagebuilder:buildDate }}"
    }
    launch_template_configuration {
      launch_template_id = aws_launch_template.web.id
      default            = true
    }
  }

  distribution {
    region = "us-west-2"
    ami_distribution_configuration {
      name = "web-{{ imagebuilder:buildDate }}"
    }
    launch_template_configuration {
      launch_template_id = aws_launch_template.web_dr.id
      default            = true
    }
  }
}

resource "aws_imagebuilder_distribution_configuration" "batch" {
  name = "batch"

  distribution {
    region = "us-west-2"
    ami_distribution_configuration {
      name = "batch-{{ imagebuilder:buildDate }}"
    }
    launch_template_configuration {
      launch_template_id = aws_launch_template.web.id
    }
  }
}
