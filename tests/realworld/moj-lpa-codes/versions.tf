terraform {
  required_version = ">= 1.11.0" # offline: upstream "1.15.8" (terraform 1.11.4 here)
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0" # offline: upstream "~> 6.0" (the mirror holds 5.100.0)
    }
    # offline: hashicorp/null (~> 3.0) removed: nothing uses it and it is not in the mirror



  }
}
