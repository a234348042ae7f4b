terraform {
  required_version = ">= 1.1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">=4.0.0"
    }
    # offline: random = { source = "hashicorp/random", version = "3.6.3" }
    # removed (random_uuid is a literal; hashicorp/random is not in the
    # mirror)
    #
  }
}
