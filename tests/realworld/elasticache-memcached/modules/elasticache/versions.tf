terraform {
  required_version = ">= 1.0"

  # offline: the hashicorp/random requirement removed (random_id.this, main.tf)
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.93"
    }
  }
}
