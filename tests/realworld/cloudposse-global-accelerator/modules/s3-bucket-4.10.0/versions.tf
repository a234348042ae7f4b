terraform {
  required_version = ">= 1.3.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.9.0"
    }
    # offline: hashicorp/time requirement removed (not in the mirror; nothing uses it)
  }
}
