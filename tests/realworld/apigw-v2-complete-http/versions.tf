terraform {
  required_version = ">= 1.3"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.96"
    }
    # offline: the hashicorp/local, hashicorp/null and hashicorp/tls
    # requirements removed (not in the mirror; their resources are removed)
  }
}
