#=============================#
# AWS Provider Settings       #
#=============================#
provider "aws" {
  region  = var.region
  # offline: profile = var.profile removed (no such profile here); skip flags added
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias   = "main_region"
  region  = var.region
  # offline: profile = var.profile removed (no such profile here); skip flags added
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias   = "secondary_region"
  region  = var.region_secondary
  # offline: profile = var.profile removed (no such profile here); skip flags added
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "region" {
  type        = string
  description = "AWS Region"
  default     = "us-east-1"
}

variable "region_secondary" {
  type        = string
  description = "AWS secondary Region the S3 replication bucket should reside in"
  default     = "us-east-2"
}

variable "profile" {
  type        = string
  description = "AWS Profile"
  default     = "bb-dev-deploymaster"
}

#=============================#
# Backend Config (partial)    #
#=============================#
terraform {
  required_version = ">= 1.1.9"

  required_providers {
    aws = "~> 5.0"
  }
}
