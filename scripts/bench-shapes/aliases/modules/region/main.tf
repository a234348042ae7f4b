# One service in one region: a key, an encrypted queue, table and bucket,
# a topic and alarms on the queue, and a security group with rules.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "port" { type = number }

resource "aws_kms_key" "this" {
  description = "${var.name} data"
}

resource "aws_sqs_queue" "work" {
  name              = "${var.name}-work"
  kms_master_key_id = aws_kms_key.this.arn
}

resource "aws_dynamodb_table" "state" {
  name         = "${var.name}-state"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.this.arn
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "bench-${var.name}-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.this.arn
    }
  }
}

resource "aws_sns_topic" "alarms" {
  name = "${var.name}-alarms"
}

resource "aws_cloudwatch_metric_alarm" "queue" {
  count               = 2
  alarm_name          = "${var.name}-queue-${count.index}"
  namespace           = "AWS/SQS"
  metric_name         = count.index == 0 ? "ApproximateNumberOfMessagesVisible" : "ApproximateAgeOfOldestMessage"
  dimensions          = { QueueName = aws_sqs_queue.work.name }
  comparison_operator = "GreaterThanThreshold"
  threshold           = 100
  evaluation_periods  = 1
  period              = 300
  statistic           = "Maximum"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

resource "aws_security_group" "this" {
  name = var.name
}

resource "aws_vpc_security_group_ingress_rule" "service" {
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = var.port
  to_port           = var.port
  ip_protocol       = "tcp"
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}
