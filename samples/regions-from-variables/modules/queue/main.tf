# A queue fed by the alerts topic (a module nested two levels down).

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "topic_arn" { type = string }
variable "bucket" { type = string }

resource "aws_sqs_queue" "this" {
  name = "${var.name}-events"
  tags = { Bucket = var.bucket }
}

resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.this.arn
      Condition = { ArnEquals = { "aws:SourceArn" = var.topic_arn } }
    }]
  })
}

output "arn" { value = aws_sqs_queue.this.arn }
output "name" { value = aws_sqs_queue.this.name }
