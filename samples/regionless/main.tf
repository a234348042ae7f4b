# Resources of a provider that has no regions. terraform_data (as
# random_password, null_resource, time_sleep or tls_private_key would, from
# providers the offline mirror does not hold) is in no region: stats counts
# it apart from the resources whose region is unknown, explain says why,
# and region() of it is null, not unknown. An AWS ARN in its input, of
# another region than the default provider's, tells nothing of a region it
# does not have.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sns_topic" "dr_alerts" {
  provider = aws.dr
  name     = "dr-alerts"
}

resource "terraform_data" "release" {
  input = {
    topic    = aws_sns_topic.alerts.arn
    fallback = "arn:aws:sns:us-east-1:123456789012:dr-alerts"
  }
  triggers_replace = [aws_sns_topic.dr_alerts.arn]
}
