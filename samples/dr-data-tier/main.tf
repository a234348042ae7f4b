# dr-components-per-region on a data tier planned apart from the
# application: a DynamoDB table with a replica in eu-west-1 and an Aurora
# read replica cluster of a us-east-1 source there, with a replication
# alarm. No region holds a load balancer or compute, and the plan has no
# DNS record, accelerator or API (its one CloudFront distribution fails
# static content over between two buckets on its own): the clients,
# in other configurations, find each region's endpoint, so there is no
# `dns` subject on that account. The one function of the plan, a stream
# processor, is on a provider whose region comes from the environment
# (ENV): placed in a DR region, it would be traffic to route and a compute
# tier the other DR region lacks, so `dns` and both regions are unknown,
# saying why (`monitoring` passes).
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  alias                       = "primary"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# The stream processor's provider: its region from AWS_REGION.
provider "aws" {
  alias                       = "ops"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_dynamodb_table" "orders" {
  provider         = aws.primary
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "eu-west-1"
  }
}

resource "aws_rds_cluster" "ledger" {
  provider            = aws.primary
  cluster_identifier  = "ledger"
  engine              = "aurora-postgresql"
  master_username     = "ledger"
  master_password     = "not-a-real-password"
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "ledger_dr" {
  provider                      = aws.dr
  cluster_identifier            = "ledger-dr"
  engine                        = "aurora-postgresql"
  replication_source_identifier = aws_rds_cluster.ledger.arn
  skip_final_snapshot           = true
}

resource "aws_sns_topic" "oncall" {
  provider = aws.dr
  name     = "oncall"
}

resource "aws_sns_topic_subscription" "oncall" {
  provider  = aws.dr
  topic_arn = aws_sns_topic.oncall.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "ledger_lag" {
  provider            = aws.dr
  alarm_name          = "ledger-dr-replica-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraBinlogReplicaLag"
  dimensions          = { DBClusterIdentifier = "ledger-dr" }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 300
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.oncall.arn]
}

resource "aws_lambda_function" "stream" {
  provider      = aws.ops
  function_name = "orders-stream"
  role          = "arn:aws:iam::123456789012:role/orders-stream"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "stream.zip"
}

# Static content served from a bucket in each region, through a
# CloudFront origin group that fails over between them: traffic the
# distribution serves and fails over itself, not the application's, so
# it asks no dns of the plan either.
resource "aws_s3_bucket" "static" {
  provider = aws.primary
  bucket   = "orders-static-use1"
}

resource "aws_s3_bucket" "static_dr" {
  provider = aws.dr
  bucket   = "orders-static-euw1"
}

resource "aws_cloudfront_distribution" "static" {
  provider = aws.primary
  enabled  = true

  origin {
    origin_id   = "primary"
    domain_name = aws_s3_bucket.static.bucket_regional_domain_name
  }

  origin {
    origin_id   = "dr"
    domain_name = aws_s3_bucket.static_dr.bucket_regional_domain_name
  }

  origin_group {
    origin_id = "static"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "dr"
    }
  }

  default_cache_behavior {
    target_origin_id       = "static"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    forwarded_values {
      query_string = false
      cookies {
        forward = "none"
      }
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
