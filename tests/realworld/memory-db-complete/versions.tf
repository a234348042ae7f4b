terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.82"
    }
    # offline: random (>= 3.0) removed with random_password (main.tf)

  }
}
