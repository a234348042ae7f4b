terraform {
  required_version = ">= 0.15.0"
  required_providers {
    # offline: hashicorp/awscc requirement removed (only hashicorp/aws is in the mirror; the module is locals only)
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.68"
    }
  }
}
