terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version              = ">= 4.0" # offline: was "~> 4.0" (only hashicorp/aws 5.100.0 is in the mirror)
      configuration_aliases = [aws.primary, aws.dr, aws.dr_region]
    }
  }
}
