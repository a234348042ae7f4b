# kms-key-per-region with KMS keys named in nested blocks, as
# terraform-aws-modules/s3-bucket 2.x names them: inline
# server_side_encryption_configuration and replication_configuration on
# aws_s3_bucket. The source bucket in us-east-1 encrypts with a key of its
# region and replicates to a bucket in us-west-2 with that region's key:
# the keys are in their regions (passing). The logs bucket in us-west-2
# encrypts with the us-east-1 key: a key of another region (failing). Below,
# literal key ARNs as a region's customer-managed key.

resource "aws_kms_key" "east" {
  provider    = aws.primary
  description = "exports, us-east-1"
}

resource "aws_kms_key" "west" {
  provider    = aws.secondary
  description = "exports, us-west-2"
}

resource "aws_iam_role" "replication" {
  provider = aws.primary
  name     = "exports-inline-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }]
  })
}

module "replica" {
  source    = "./modules/bucket"
  providers = { aws = aws.secondary }
  bucket    = "exports-inline-usw2"
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.west.arn
      }
    }
  }
}

module "source" {
  source    = "./modules/bucket"
  providers = { aws = aws.primary }
  bucket    = "exports-inline-use1"
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.east.arn
      }
    }
  }
  replication_configuration = {
    role = aws_iam_role.replication.arn
    rules = [{
      id                 = "all"
      destination_bucket = module.replica.arn
      replica_kms_key_id = aws_kms_key.west.arn
    }]
  }
}

module "logs" {
  source    = "./modules/bucket"
  providers = { aws = aws.secondary }
  bucket    = "exports-inline-logs-usw2"
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.east.arn
      }
    }
  }
}

# A region whose data names a customer-managed key of another stack by its
# key ARN: that key is the region's customer-managed key (passing).
resource "aws_ebs_volume" "shared_key" {
  provider          = aws.third
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}

# A region whose data names only the AWS-managed key by its alias: no
# customer-managed key there (failing).
resource "aws_ebs_volume" "managed_key" {
  provider          = aws.fourth
  availability_zone = "eu-central-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-central-1:111122223333:alias/aws/ebs"
}
