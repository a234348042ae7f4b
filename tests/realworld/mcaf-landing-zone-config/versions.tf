terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.54.0"
    }
    # offline: datadog/datadog and schubergphilis/mcaf removed (not in the offline mirror)
  }
  required_version = ">= 1.6"
}
