terraform {

  required_version = "<= 1.14.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0" # offline: upstream "~> 6.40.0"; the mirror holds 5.100.0
    }
  }
}
