# Replaces the region of main.tf's aws.dr (see main.tf).
provider "aws" {
  alias  = "dr"
  region = var.primary_region == "us-east-1" ? "eu-west-1" : "us-east-1"
}
