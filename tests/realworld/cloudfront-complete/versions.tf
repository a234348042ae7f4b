terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.83"
    }
    # offline: the hashicorp/random and hashicorp/null requirements removed
    # (random_pet and null_resource replaced, see SOURCE.md)
  }
}
