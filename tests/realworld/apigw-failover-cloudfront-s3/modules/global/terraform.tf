terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/archive removed (not in the mirror; its data sources are literals)
  }
}