terraform {

  required_version = "<= 1.14.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0" # offline: upstream "~> 6.40.0"; the mirror holds 5.100.0
    }
    # offline: the time provider is not available offline (time_sleep replaced, main.tf) #    time = {
    # offline: the time provider is not available offline (time_sleep replaced, main.tf) #      source  = "hashicorp/time"
    # offline: the time provider is not available offline (time_sleep replaced, main.tf) #      version = "~> 0.13.0"
    # offline: the time provider is not available offline (time_sleep replaced, main.tf) #    }
  }
}
