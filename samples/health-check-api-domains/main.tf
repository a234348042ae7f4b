# health-check-meaningful on API Gateway custom domains behind failover
# records. A domain's id and domain_name are the name the records answer
# for; its target_domain_name is the endpoint name the records alias. The
# plan knows neither value before apply, but the check's expression says
# which it reads (references()). The `app` checks read the domain's id:
# each checks app.example.org, whatever it resolves to, and fails (both
# passed before: the check and the record name one node). The `api` checks
# read target_domain_name: API Gateway routes by the custom name a request
# is addressed to and answers one addressed to the target with 403
# Forbidden, so they are never healthy, and fail (they passed). The
# `orders` checks read each region's API invoke URL
# (API_ID.execute-api.REGION.amazonaws.com), and pass.
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

resource "aws_route53_zone" "main" {
  name = "example.org"
}

resource "aws_acm_certificate" "api_east" {
  domain_name       = "api.example.org"
  validation_method = "DNS"
}

resource "aws_apigatewayv2_domain_name" "api_east" {
  domain_name = "api.example.org"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.api_east.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_route53_health_check" "api_east" {
  fqdn              = aws_apigatewayv2_domain_name.api_east.domain_name_configuration[0].target_domain_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "api_east" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "api"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_apigatewayv2_domain_name.api_east.domain_name_configuration[0].target_domain_name]
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.api_east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_acm_certificate" "api_west" {
  provider = aws.west
  domain_name       = "api.example.org"
  validation_method = "DNS"
}

resource "aws_apigatewayv2_domain_name" "api_west" {
  provider = aws.west
  domain_name = "api.example.org"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.api_west.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_route53_health_check" "api_west" {
  fqdn              = aws_apigatewayv2_domain_name.api_west.domain_name_configuration[0].target_domain_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "api_west" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "api"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_apigatewayv2_domain_name.api_west.domain_name_configuration[0].target_domain_name]
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.api_west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_acm_certificate" "app_east" {
  domain_name       = "app.example.org"
  validation_method = "DNS"
}

resource "aws_apigatewayv2_domain_name" "app_east" {
  domain_name = "app.example.org"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.app_east.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_route53_health_check" "app_east" {
  fqdn              = aws_apigatewayv2_domain_name.app_east.id
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "app_east" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "app"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_apigatewayv2_domain_name.app_east.domain_name_configuration[0].target_domain_name]
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.app_east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_acm_certificate" "app_west" {
  provider = aws.west
  domain_name       = "app.example.org"
  validation_method = "DNS"
}

resource "aws_apigatewayv2_domain_name" "app_west" {
  provider = aws.west
  domain_name = "app.example.org"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.app_west.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_route53_health_check" "app_west" {
  fqdn              = aws_apigatewayv2_domain_name.app_west.id
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "app_west" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "app"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_apigatewayv2_domain_name.app_west.domain_name_configuration[0].target_domain_name]
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.app_west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
}

resource "aws_apigatewayv2_api" "orders_east" {
  name          = "orders"
  protocol_type = "HTTP"
}

resource "aws_acm_certificate" "orders_east" {
  domain_name       = "orders.example.org"
  validation_method = "DNS"
}

resource "aws_apigatewayv2_domain_name" "orders_east" {
  domain_name = "orders.example.org"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.orders_east.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_route53_health_check" "orders_east" {
  fqdn              = "${aws_apigatewayv2_api.orders_east.id}.execute-api.us-east-1.amazonaws.com"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "orders_east" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "orders"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_apigatewayv2_domain_name.orders_east.domain_name_configuration[0].target_domain_name]
  set_identifier  = "east"
  health_check_id = aws_route53_health_check.orders_east.id
  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_apigatewayv2_api" "orders_west" {
  provider      = aws.west
  name          = "orders"
  protocol_type = "HTTP"
}

resource "aws_acm_certificate" "orders_west" {
  provider          = aws.west
  domain_name       = "orders.example.org"
  validation_method = "DNS"
}

resource "aws_apigatewayv2_domain_name" "orders_west" {
  provider    = aws.west
  domain_name = "orders.example.org"
  domain_name_configuration {
    certificate_arn = aws_acm_certificate.orders_west.arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_route53_health_check" "orders_west" {
  fqdn              = "${aws_apigatewayv2_api.orders_west.id}.execute-api.us-west-2.amazonaws.com"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "orders_west" {
  zone_id         = aws_route53_zone.main.zone_id
  name            = "orders"
  type            = "CNAME"
  ttl             = 60
  records         = [aws_apigatewayv2_domain_name.orders_west.domain_name_configuration[0].target_domain_name]
  set_identifier  = "west"
  health_check_id = aws_route53_health_check.orders_west.id
  failover_routing_policy {
    type = "SECONDARY"
  }
}
