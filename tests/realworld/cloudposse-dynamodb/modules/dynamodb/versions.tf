terraform {
  required_version = ">= 1.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.59"
    }
    # offline: hashicorp/null removed (not in the offline mirror)
  }
}
