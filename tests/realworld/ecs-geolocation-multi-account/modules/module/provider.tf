terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.32.0" # offline: was "~> 4.32.0" (the mirror holds 5.100.0)
    }
  }
}