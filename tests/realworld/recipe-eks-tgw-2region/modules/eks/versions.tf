terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.57"
    }
    # offline: tls, kubernetes and time requirements removed (not in the mirror)
  }
}
