terraform {
  required_version = ">= 0.13.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 3.34"
    }
    # offline: hashicorp/local requirement removed (not in the mirror; nothing uses it)
    # offline: hashicorp/null requirement removed (not in the mirror; nothing uses it)
  }
}

