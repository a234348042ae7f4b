# A module that takes two provider configurations from its caller:
# configuration_aliases, with the empty `provider` blocks (alias only) that
# older modules also declare. Plan JSON records each as a provider entry of
# the module with no arguments, and not which configuration the caller's
# `providers` map passed in.
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.source, aws.target]
    }
  }
}

provider "aws" {
  alias = "source"
}

provider "aws" {
  alias = "target"
}

resource "aws_sqs_queue" "source" {
  provider = aws.source
  name     = "orders-source"
}

resource "aws_sqs_queue" "target" {
  provider = aws.target
  name     = "orders-target"
}
