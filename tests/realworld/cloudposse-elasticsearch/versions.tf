terraform {
  required_version = ">= 1.3"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 2.0"
    }
    # offline: hashicorp/null removed (no resource of it in the example)
  }
}
