terraform {
  required_version = ">= 1.0.0"

  # offline: hashicorp/null and hashicorp/random removed (no resource of theirs remains)
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.81.0"
    }
  }
}
