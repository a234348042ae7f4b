# failover-records-health-checked on weighted sets of one record. Route
# 53 answers with a lone weighted record whether it is healthy or not, so
# a health check on it withholds nothing
# (realexcel2021/amazon-aurora-fast-failover: database endpoint names as
# one weighted CNAME each, weight 90, a placeholder for a second region).
# - writer: alone in a zone the plan manages: passes (it failed, "routes
#   traffic with no health_check_id");
# - reader: alone in a zone the plan does not manage, whose other records
#   another configuration may make: unknown;
# - api: two weighted records, no checks: fails;
# - web: weight 100 and a weight-0 standby, no checks: fails (Route 53
#   sends traffic to the weight-0 record only when the others are
#   unhealthy, which only a check tells it).
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

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route53_zone" "private" {
  name = "db.example.internal"
  vpc {
    vpc_id = aws_vpc.main.id
  }
}

resource "aws_route53_record" "writer" {
  zone_id        = aws_route53_zone.private.zone_id
  name           = "writer.db.example.internal"
  type           = "CNAME"
  ttl            = 60
  records        = ["app.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com"]
  set_identifier = "us-east-1"
  weighted_routing_policy {
    weight = 90
  }
}

resource "aws_route53_record" "reader" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "reader.example.com"
  type           = "CNAME"
  ttl            = 60
  records        = ["app.cluster-ro-abcdefghijkl.us-east-1.rds.amazonaws.com"]
  set_identifier = "us-east-1"
  weighted_routing_policy {
    weight = 50
  }
}

resource "aws_route53_record" "api" {
  count          = 2
  zone_id        = aws_route53_zone.private.zone_id
  name           = "api.db.example.internal"
  type           = "CNAME"
  ttl            = 60
  records        = ["api-${count.index}.example.com"]
  set_identifier = "api-${count.index}"
  weighted_routing_policy {
    weight = 50
  }
}

resource "aws_route53_record" "web_active" {
  zone_id        = aws_route53_zone.private.zone_id
  name           = "web.db.example.internal"
  type           = "CNAME"
  ttl            = 60
  records        = ["web-use1.example.com"]
  set_identifier = "active"
  weighted_routing_policy {
    weight = 100
  }
}

resource "aws_route53_record" "web_standby" {
  zone_id        = aws_route53_zone.private.zone_id
  name           = "web.db.example.internal"
  type           = "CNAME"
  ttl            = 60
  records        = ["web-usw2.example.com"]
  set_identifier = "standby"
  weighted_routing_policy {
    weight = 0
  }
}
