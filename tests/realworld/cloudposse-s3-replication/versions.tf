terraform {
  required_version = ">= 1.3.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.9.0"
    }
    # offline: hashicorp/time (no resource of it in the example) and
    # cloudposse/awsutils removed (not in the offline mirror)
  }
}
