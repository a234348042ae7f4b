# Multi-Region Provider Configuration
# Control Plane: us-east-2 | Primary: us-east-1 | DR: us-west-2

# Default provider (Control Plane)
provider "aws" {
  region = "us-east-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "DR-Orchestration-Platform"
      ManagedBy   = "Terraform"
      Environment = "production"
    }
  }
}

# Control Plane Provider (explicit alias)
provider "aws" {
  alias  = "control_plane"
  region = "us-east-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "DR-Orchestration-Platform"
      ManagedBy   = "Terraform"
      Environment = "production"
      Role        = "control-plane"
    }
  }
}

# Primary Region Provider
provider "aws" {
  alias  = "primary"
  region = "us-east-1"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "DR-Orchestration-Platform"
      ManagedBy   = "Terraform"
      Environment = "production"
      Role        = "primary"
    }
  }
}

# DR Region Provider
provider "aws" {
  alias  = "dr"
  region = "us-west-2"

  # offline: mock credentials and skip_* flags, so that the plan is made
  # without reaching AWS (see SOURCE.md)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true

  default_tags {
    tags = {
      Project     = "DR-Orchestration-Platform"
      ManagedBy   = "Terraform"
      Environment = "production"
      Role        = "disaster-recovery"
    }
  }
}
