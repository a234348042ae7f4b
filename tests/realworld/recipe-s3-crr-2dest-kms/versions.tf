# Terraform version and provider requirements
terraform {
  required_version = ">= 1.5"
  
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    # offline: hashicorp/random dropped (not in the offline mirror; random_id made a local)
  }
}

# Configure the AWS Provider for primary region
provider "aws" {
  region = var.primary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment         = var.environment
      Application         = "MultiRegionReplication"
      CostCenter         = "IT-Storage"
      Owner              = "DataTeam"
      Compliance         = "SOX-GDPR"
      BackupStrategy     = "MultiRegion"
      TerraformManaged   = "true"
      Project            = var.project_name
    }
  }
}

# Configure AWS Provider for secondary region
provider "aws" {
  alias  = "secondary"
  region = var.secondary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment         = var.environment
      Application         = "MultiRegionReplication"
      CostCenter         = "IT-Storage"
      Owner              = "DataTeam"
      Compliance         = "SOX-GDPR"
      BackupStrategy     = "MultiRegion"
      TerraformManaged   = "true"
      Project            = var.project_name
    }
  }
}

# Configure AWS Provider for tertiary region
provider "aws" {
  alias  = "tertiary"
  region = var.tertiary_region
  # offline: the four skip_* settings below added to plan without AWS
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  
  default_tags {
    tags = {
      Environment         = var.environment
      Application         = "MultiRegionReplication"
      CostCenter         = "IT-Storage"
      Owner              = "DataTeam"
      Compliance         = "SOX-GDPR"
      BackupStrategy     = "MultiRegion"
      TerraformManaged   = "true"
      Project            = var.project_name
    }
  }
}