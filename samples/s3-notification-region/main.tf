# same-region-references on S3 event notifications: S3 notifies only a
# queue, topic or function of the bucket's region; and on AWS Config
# delivery channels, which support no topic of another region.
# - landing (us-east-1) notifies a queue and a topic of us-west-2: fails;
# - landing_dr (us-west-2) notifies the queue of its own region: passes;
# - the us-west-2 Config channel names the us-east-1 topic: fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_s3_bucket" "landing" {
  bucket = "pg-sample-landing"
}

resource "aws_s3_bucket" "landing_dr" {
  provider = aws.dr
  bucket   = "pg-sample-landing-dr"
}

resource "aws_sqs_queue" "ingest_dr" {
  provider = aws.dr
  name     = "ingest-dr"
}

resource "aws_sns_topic" "ingest_dr" {
  provider = aws.dr
  name     = "ingest-dr"
}

resource "aws_s3_bucket_notification" "landing" {
  bucket = aws_s3_bucket.landing.id
  queue {
    queue_arn = aws_sqs_queue.ingest_dr.arn
    events    = ["s3:ObjectCreated:*"]
  }
  topic {
    topic_arn = aws_sns_topic.ingest_dr.arn
    events    = ["s3:ObjectRemoved:*"]
  }
}

resource "aws_s3_bucket_notification" "landing_dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.landing_dr.id
  queue {
    queue_arn = aws_sqs_queue.ingest_dr.arn
    events    = ["s3:ObjectCreated:*"]
  }
}

# AWS Config supports no cross-region SNS topic either: the us-west-2
# channel naming the us-east-1 topic fails.
resource "aws_sns_topic" "config" {
  name = "config-changes"
}

resource "aws_config_delivery_channel" "dr" {
  provider       = aws.dr
  name           = "dr"
  s3_bucket_name = aws_s3_bucket.landing_dr.bucket
  sns_topic_arn  = aws_sns_topic.config.arn
}
