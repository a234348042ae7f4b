# failover-records-health-checked on records whose value is a host and a
# port. An aws_db_instance's `endpoint` is ADDRESS:PORT (its `address` is
# the host), and a CNAME to "db.example.internal:5432" names no host: the
# name resolves to nothing, and the failover set answers nothing for that
# record, healthy or not.
# - db.app.example.org CNAME: the PRIMARY names the primary's `endpoint`
#   (the SECONDARY the replica's `address`): fails;
# - reports.app.example.org CNAME: a literal "reports-db.app.internal:5432"
#   in the SECONDARY: fails;
# - api.app.example.org CNAME (both `address`) and v6.app.example.org AAAA
#   ("2001:db8::1" ends in ":1", which is no port): pass.
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

resource "aws_route53_zone" "app" {
  name = "app.example.org"
}

resource "aws_db_instance" "primary" {
  identifier              = "app-primary"
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  username                = "app"
  password                = "not-a-real-password"
  backup_retention_period = 7
  skip_final_snapshot     = true
}

resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.primary.arn
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}

resource "aws_route53_health_check" "primary" {
  fqdn              = "status.app.example.org"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "db_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "db.app.example.org"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_db_instance.primary.endpoint]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "db_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "db.app.example.org"
  type           = "CNAME"
  ttl            = 60
  records        = [aws_db_instance.replica.address]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "reports_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "reports.app.example.org"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_db_instance.primary.address]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "reports_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "reports.app.example.org"
  type           = "CNAME"
  ttl            = 60
  records        = ["reports-db.app.internal:5432"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "api_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "api.app.example.org"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_db_instance.primary.address]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "api.app.example.org"
  type           = "CNAME"
  ttl            = 60
  records        = [aws_db_instance.replica.address]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_route53_record" "v6_primary" {
  zone_id         = aws_route53_zone.app.zone_id
  name            = "v6.app.example.org"
  type            = "AAAA"
  ttl             = 60
  records         = ["2001:db8::1"]
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "v6_secondary" {
  zone_id        = aws_route53_zone.app.zone_id
  name           = "v6.app.example.org"
  type           = "AAAA"
  ttl            = 60
  records        = ["2001:db8::2"]
  set_identifier = "secondary"
  failover_routing_policy {
    type = "SECONDARY"
  }
}
