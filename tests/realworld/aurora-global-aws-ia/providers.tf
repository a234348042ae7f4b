# https://github.com/hashicorp/terraform-provider-aws/blob/main/CHANGELOG.md
# https://github.com/hashicorp/terraform/releases

terraform {
  required_version = ">= 1.3.0"
  # offline: backend "remote" {} (Terraform Cloud) removed
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.30"
    }
    # offline: hashicorp/random requirement removed (only hashicorp/aws is in the mirror)
  }
}