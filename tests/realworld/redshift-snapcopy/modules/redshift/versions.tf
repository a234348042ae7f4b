terraform {
  required_version = ">= 1.3"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.45"
    }

    # offline: hashicorp/random removed (not in the offline mirror; its one resource is gone)
  }
}
