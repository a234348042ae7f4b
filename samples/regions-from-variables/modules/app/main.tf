# One application instance: a bucket and, through a nested module, a queue.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" { type = string }
variable "topic_arn" { type = string }

resource "aws_s3_bucket" "data" {
  bucket = "plangraph-sample-${var.name}"
}

module "queue" {
  source    = "../queue"
  name      = var.name
  topic_arn = var.topic_arn
  bucket    = aws_s3_bucket.data.id
}

output "queue_arn" { value = module.queue.arn }
output "queue_name" { value = module.queue.name }
