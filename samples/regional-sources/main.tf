# same-region-references on what a regional service reads: a Lambda event
# source mapping polls a queue or stream of its own region only, and an
# AWS Backup plan backs up its own region's resources only. Before, both
# passed unjudged: a us-west-2 function mapped to a us-east-1 queue (the
# mapping cannot be created), and a us-west-2 backup selection listing
# the us-east-1 database (the DR region's plan silently protects
# nothing). Both fail now; the same made in us-east-1 pass. Literal ARNs
# of another region fail too (below).
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
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_sqs_queue" "orders" {
  name = "orders"
}

resource "aws_lambda_function" "east" {
  function_name = "orders-east"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function" "west" {
  provider      = aws.west
  function_name = "orders-west"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_event_source_mapping" "east" {
  function_name    = aws_lambda_function.east.arn
  event_source_arn = aws_sqs_queue.orders.arn
}

resource "aws_lambda_event_source_mapping" "west" {
  provider         = aws.west
  function_name    = aws_lambda_function.west.arn
  event_source_arn = aws_sqs_queue.orders.arn
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 20
  username            = "app"
  password            = "example-only-password"
  skip_final_snapshot = true
}

resource "aws_backup_vault" "east" {
  name = "orders-east"
}

resource "aws_backup_vault" "west" {
  provider = aws.west
  name     = "orders-west"
}

resource "aws_backup_plan" "east" {
  name = "orders-east"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.east.name
    schedule          = "cron(0 5 * * ? *)"
  }
}

resource "aws_backup_plan" "west" {
  provider = aws.west
  name     = "orders-west"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.west.name
    schedule          = "cron(0 5 * * ? *)"
  }
}

resource "aws_backup_selection" "east" {
  name         = "orders-east"
  plan_id      = aws_backup_plan.east.id
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  resources    = [aws_db_instance.orders.arn]
}

resource "aws_backup_selection" "west" {
  provider     = aws.west
  name         = "orders-west"
  plan_id      = aws_backup_plan.west.id
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  resources    = [aws_db_instance.orders.arn]
}

# Named by literal ARN, as another stack's resources are: a us-west-2
# selection listing a eu-central-1 database fails, and an accelerator
# endpoint group in us-east-1 listing a eu-west-1 load balancer fails
# (before, neither was judged: only resources of the plan were).
resource "aws_backup_selection" "west_literal" {
  provider     = aws.west
  name         = "core-west"
  plan_id      = aws_backup_plan.west.id
  iam_role_arn = "arn:aws:iam::123456789012:role/backup"
  resources    = ["arn:aws:rds:eu-central-1:123456789012:db:core-db"]
}

resource "aws_globalaccelerator_accelerator" "edge" {
  name = "edge"
}

resource "aws_globalaccelerator_listener" "edge" {
  accelerator_arn = aws_globalaccelerator_accelerator.edge.id
  protocol        = "TCP"
  port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_globalaccelerator_endpoint_group" "east" {
  listener_arn          = aws_globalaccelerator_listener.edge.id
  endpoint_group_region = "us-east-1"
  endpoint_configuration {
    endpoint_id = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/ingress/0123456789abcdef"
  }
}
