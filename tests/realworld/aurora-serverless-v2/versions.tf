terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.89"
    }
    # offline: hashicorp/random removed (random_password replaced by a literal)
  }
}
