# kms-key-per-region with copies kept in other regions: a secret replicated
# to us-west-2 with a key of us-west-2 (right), a secret replicated to
# eu-west-2, where no provider of the plan is and no customer-managed key
# exists, so Secrets Manager encrypts that replica with its AWS-managed key
# (eu-west-2 fails), and an encrypted file system replicated to us-west-2
# under the us-east-1 key (the replication fails: a key of another region
# cannot encrypt the destination).

resource "aws_kms_key" "primary" {
  provider    = aws.primary
  description = "app data, us-east-1"
}

resource "aws_kms_key" "secondary" {
  provider    = aws.secondary
  description = "app data, us-west-2"
}

resource "aws_secretsmanager_secret" "db" {
  provider   = aws.primary
  name       = "app/db"
  kms_key_id = aws_kms_key.primary.arn

  replica {
    region     = "us-west-2"
    kms_key_id = aws_kms_key.secondary.arn
  }
}

resource "aws_secretsmanager_secret" "api" {
  provider   = aws.primary
  name       = "app/api"
  kms_key_id = aws_kms_key.primary.arn

  replica {
    region = "eu-west-2"
  }
}

resource "aws_efs_file_system" "data" {
  provider   = aws.primary
  encrypted  = true
  kms_key_id = aws_kms_key.primary.arn
}

resource "aws_efs_replication_configuration" "data" {
  provider              = aws.primary
  source_file_system_id = aws_efs_file_system.data.id

  destination {
    region     = "us-west-2"
    kms_key_id = aws_kms_key.primary.arn
  }
}
