terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.63"
    }
    # offline: the hashicorp/external, hashicorp/local and hashicorp/null
    # requirements removed (package.tf, which alone uses them, removed)
  }
}
