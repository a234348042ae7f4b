terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  required_version = ">= 1.11.0" # offline: was "1.12.2" (terraform 1.11.4 here)
}
