terraform {
  required_version = ">= 1.1.0"

  # offline: hashicorp/null removed (no resource of theirs remains)
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.17.0"
    }
  }
}
