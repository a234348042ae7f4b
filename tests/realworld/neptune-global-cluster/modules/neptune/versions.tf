terraform {
  required_version = ">= 1.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.25"
    }
    # Offline planning (plangraph): hashicorp/random removed (not in the provider mirror)
  }
}
