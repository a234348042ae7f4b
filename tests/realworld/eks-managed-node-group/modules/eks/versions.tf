terraform {
  required_version = ">= 1.3.2"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.95, < 6.0.0"
    }
    # offline: tls (>= 3.0) and time (>= 0.9) removed (not in the offline mirror)
  }
}
