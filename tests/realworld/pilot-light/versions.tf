terraform {
  required_version = ">= 1.7.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
    # offline: hashicorp/random removed (not in the mirror; SOURCE.md)
  }
}
