terraform {
  required_version = ">= 1.0.0"

  # offline: hashicorp/null and hashicorp/random removed (their resources removed)
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.0"
    }
  }
}
