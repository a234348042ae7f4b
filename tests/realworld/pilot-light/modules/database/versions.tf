terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary, aws.secondary]
    }
    # offline: hashicorp/random removed (not in the mirror; SOURCE.md)
  }
}
