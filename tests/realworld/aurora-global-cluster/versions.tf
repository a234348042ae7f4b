terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.89"
    }

    # offline: hashicorp/random removed (not in the offline mirror; its one resource is gone)
  }
}
