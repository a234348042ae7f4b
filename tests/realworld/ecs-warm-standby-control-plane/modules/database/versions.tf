# -----------------------------------------------------------------------------
# Database Module - Provider Configuration
# -----------------------------------------------------------------------------

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: the hashicorp/random requirement removed (see SOURCE.md)
  }
}
