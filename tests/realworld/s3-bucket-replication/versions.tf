terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.83"
    }
    # offline: the hashicorp/random requirement removed (not in the mirror)
  }
}
