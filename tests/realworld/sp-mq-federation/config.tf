# Use if you have remote state setup, other leave commented out
# terraform {
#  backend "s3" {
#    region  = "us-east-1"
#    bucket = "fargano-statefiles"
#    key    = "tf-demo/variables-demo.tfstate"
#    encrypt        = "true"
#   dynamodb_table = "fargano-tflock"
#  }
#}

terraform {
  required_providers {
    # offline: the cyrilgdn/rabbitmq requirement removed (only hashicorp/aws
    # is in the mirror); its six resources are removed from main.tf
  }
}

provider "aws"{
  region = var.region

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws"{
  alias = "sec"
  region = var.sec_region

  # offline: mock credentials, nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

# offline: the two provider "rabbitmq" blocks (endpoint = each broker's
# instances.0.console_url, username/password = var.user/var.password) removed
# with the cyrilgdn/rabbitmq provider
