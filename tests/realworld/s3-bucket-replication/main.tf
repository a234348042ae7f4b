provider "aws" {
  region = local.origin_region

  # Make it faster by skipping something
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_credentials_validation = true

  # offline: mock credentials, nothing reaches AWS (plangraph tests/realworld)
  access_key                 = "mock"
  secret_key                 = "mock"
  skip_requesting_account_id = true
}

provider "aws" {
  region = local.replica_region

  alias = "replica"

  # Make it faster by skipping something
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_credentials_validation = true

  # offline: mock credentials, nothing reaches AWS (plangraph tests/realworld)
  access_key                 = "mock"
  secret_key                 = "mock"
  skip_requesting_account_id = true
}

locals {
  bucket_name             = "origin-s3-bucket-${local.offline_pet_id}"
  destination_bucket_name = "replica-s3-bucket-${local.offline_pet_id}"
  origin_region           = "eu-west-1"
  replica_region          = "eu-central-1"

  # offline: literals for the random_pet and the data source removed below
  offline_pet_id     = "offline-pet"
  offline_account_id = "123456789012"
}

# offline: data "aws_caller_identity" "current" removed (calls STS); its
# account_id is local.offline_account_id

# offline: resource "random_pet" "this" removed (hashicorp/random is not in
# the mirror); its id is local.offline_pet_id

resource "aws_kms_key" "replica" {
  provider = aws.replica

  description             = "S3 bucket replication KMS key"
  deletion_window_in_days = 7
}

module "replica_bucket" {
  source = "./modules/s3-bucket" # offline: ../../

  providers = {
    aws = aws.replica
  }

  bucket = local.destination_bucket_name

  versioning = {
    enabled = true
  }
}

module "s3_bucket" {
  source = "./modules/s3-bucket" # offline: ../../

  bucket = local.bucket_name

  versioning = {
    enabled = true
  }

  replication_configuration = {
    role = aws_iam_role.replication.arn

    rules = [
      {
        id       = "something-with-kms-and-filter"
        status   = true
        priority = 10

        delete_marker_replication = false

        source_selection_criteria = {
          replica_modifications = {
            status = "Enabled"
          }
          sse_kms_encrypted_objects = {
            enabled = true
          }
        }

        filter = {
          prefix = "one"
          tags = {
            ReplicateMe = "Yes"
          }
        }

        destination = {
          bucket        = "arn:aws:s3:::${local.destination_bucket_name}"
          storage_class = "STANDARD"

          replica_kms_key_id = aws_kms_key.replica.arn
          account_id         = local.offline_account_id # offline: was data.aws_caller_identity.current.account_id

          access_control_translation = {
            owner = "Destination"
          }

          replication_time = {
            status  = "Enabled"
            minutes = 15
          }

          metrics = {
            status  = "Enabled"
            minutes = 15
          }
        }
      },
      {
        id       = "something-with-filter"
        priority = 20

        delete_marker_replication = false

        filter = {
          prefix = "two"
          tags = {
            ReplicateMe = "Yes"
          }
        }

        destination = {
          bucket        = "arn:aws:s3:::${local.destination_bucket_name}"
          storage_class = "STANDARD"
        }
      },
      {
        id       = "everything-with-filter"
        status   = "Enabled"
        priority = 30

        delete_marker_replication = true

        filter = {
          prefix = ""
        }

        destination = {
          bucket        = "arn:aws:s3:::${local.destination_bucket_name}"
          storage_class = "STANDARD"
        }
      },
      {
        id     = "everything-without-filters"
        status = "Enabled"

        delete_marker_replication = true

        destination = {
          bucket        = "arn:aws:s3:::${local.destination_bucket_name}"
          storage_class = "STANDARD"
        }
      },
    ]
  }

}
