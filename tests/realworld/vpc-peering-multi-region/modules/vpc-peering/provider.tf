terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5" # offline: upstream ">= 6"; planned with the 5.100.0 mirror
      configuration_aliases = [aws.this, aws.peer]
    }
  }
}
