terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0" # offline: upstream "~> 6.0" (the mirror holds 5.100.0)
    }
    # offline: hashicorp/local (~> 2.9.0) and hashicorp/archive (~> 2.8.0) removed: nothing uses them and they are not in the mirror







  }
}
