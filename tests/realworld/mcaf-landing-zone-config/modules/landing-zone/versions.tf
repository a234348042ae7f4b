terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 5.54.0"
      configuration_aliases = [aws.audit, aws.logging]
    }
    # offline: datadog and mcaf providers removed (not in the offline mirror; no resource kept uses them)
  }
  required_version = ">= 1.6"
}
