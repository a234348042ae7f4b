terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 2.0"
    }
    # offline: hashicorp/null removed (not in the offline mirror)
  }
}
