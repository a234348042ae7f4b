# Terraform State Backend Configuration
# State stored in control plane region (us-east-2) for independence

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: the hashicorp/random requirement removed (only hashicorp/aws
    # is in the mirror; see SOURCE.md)
  }

  # offline: the backend "s3" block (bucket dr-platform-terraform-state, key
  # prod/terraform.tfstate, region us-east-2, table dr-platform-terraform-locks)
  # removed: terraform plan refuses a backend that init -backend=false left
  # uninitialised (see SOURCE.md)
}
