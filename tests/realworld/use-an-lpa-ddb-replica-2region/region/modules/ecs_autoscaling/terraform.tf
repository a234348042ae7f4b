terraform {
  required_version = ">= 1.11.0" # offline: was "~> 1.12.0" (terraform 1.11.4 here)

  required_providers {
    aws = {
      source = "hashicorp/aws"
      configuration_aliases = [
        aws.region,
      ]
      version = ">= 5.98.0" # offline: was "~> 5.98.0" (mirror has 5.100.0)
    }
  }
}
