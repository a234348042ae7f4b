# eventbridge-cross-region-policy on EventBridge global endpoints. An
# endpoint replicates the events of its primary bus to its secondary's
# region unless its replication_config's state is DISABLED (ENABLED is
# AWS's default), and replication needs the endpoint's role_arn:
# - orders (replication on, no role_arn) fails (it was no subject);
# - payments (replication on, a role) passes;
# - audit (replication DISABLED, no role) is no subject.
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
  alias                       = "secondary"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

locals {
  buses = toset(["orders", "payments", "audit"])
}

resource "aws_cloudwatch_event_bus" "primary" {
  for_each = local.buses
  name     = each.key
}

resource "aws_cloudwatch_event_bus" "secondary" {
  for_each = local.buses
  provider = aws.secondary
  name     = each.key
}

resource "aws_route53_health_check" "primary" {
  fqdn              = "api-use1.acme-corp.net"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_iam_role" "replication" {
  name = "event-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "replication" {
  role = aws_iam_role.replication.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "events:PutEvents"
      Resource = [aws_cloudwatch_event_bus.primary["payments"].arn, aws_cloudwatch_event_bus.secondary["payments"].arn]
    }]
  })
}

resource "aws_cloudwatch_event_endpoint" "orders" {
  name = "orders-global"
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.primary["orders"].arn
  }
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.secondary["orders"].arn
  }
  replication_config {
    state = "ENABLED"
  }
  routing_config {
    failover_config {
      primary {
        health_check = aws_route53_health_check.primary.arn
      }
      secondary {
        route = "us-west-2"
      }
    }
  }
}

resource "aws_cloudwatch_event_endpoint" "payments" {
  name     = "payments-global"
  role_arn = aws_iam_role.replication.arn
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.primary["payments"].arn
  }
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.secondary["payments"].arn
  }
  routing_config {
    failover_config {
      primary {
        health_check = aws_route53_health_check.primary.arn
      }
      secondary {
        route = "us-west-2"
      }
    }
  }
}

resource "aws_cloudwatch_event_endpoint" "audit" {
  name = "audit-global"
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.primary["audit"].arn
  }
  event_bus {
    event_bus_arn = aws_cloudwatch_event_bus.secondary["audit"].arn
  }
  replication_config {
    state = "DISABLED"
  }
  routing_config {
    failover_config {
      primary {
        health_check = aws_route53_health_check.primary.arn
      }
      secondary {
        route = "us-west-2"
      }
    }
  }
}
