terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0" # offline: was "~> 6.47.0" (the mirror holds 5.100.0)
    }
  }
  required_version = ">= 1.11.0" # offline: was "1.15.5" (terraform 1.11.4 here)
}
