terraform {

  required_version = "<= 1.14.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0" # offline: upstream "~> 6.40.0"; the mirror holds 5.100.0
    }
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #    time = {
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #      source  = "hashicorp/time"
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #      version = ">= 0.10.0"
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #    }
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #    local = {
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #      source  = "hashicorp/local"
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #      version = ">= 2.4.0"
    # offline: time and local providers are not available offline (data.local_file replaced, deploy.tf) #    }
  }
}
