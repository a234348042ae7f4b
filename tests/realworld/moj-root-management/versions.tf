terraform {
  required_version = ">= 1.1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: awscc = { source = "hashicorp/awscc", version = "~> 1.40.0" }
    # and random = { source = "hashicorp/random", version = "~> 3.6.3" }
    # removed: not in the mirror, and no file planned here uses them
  }
}
