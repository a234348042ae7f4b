terraform {
  required_version = ">= 1.0"

  # offline: hashicorp/time removed (its one resource, time_sleep, removed)
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.9.0"
    }
  }
}
