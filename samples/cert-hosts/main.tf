# certificate-covers-host: records route names to load balancers whose
# HTTPS listeners serve ACM certificates of the plan.
# - web: the certificate covers www (its domain) and api (a subject
#   alternative name), both routed to it (passing);
# - shop: the same certificate, but the record routed to it is shop, which
#   it does not cover (failing);
# - edge: a wildcard certificate (through its validation) covers eu, one
#   label under it (passing alone), but not a.b, two labels under it, which
#   an aws_lb_listener_certificate's certificate does not cover either
#   (failing);
# - portal: its record's name, portal, is relative to a zone found with a
#   data source (read at apply: it depends on the managed zone), whose
#   name makes it portal.acme-corp.io, the certificate's (passing);
# - docs: its record's name, docs, is relative to a zone the plan does not
#   hold (a zone id given as a variable), so the host it serves is not
#   known (unknown), though the certificate is for docs.acme-corp.org.

variable "docs_zone_id" {
  type    = string
  default = "Z0EXTERNALDOCSZONE01"
}

variable "subnets" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_route53_zone" "main" {
  provider = aws.primary
  name     = "acme-corp.net"
}

resource "aws_acm_certificate" "web" {
  provider                  = aws.primary
  domain_name               = "www.acme-corp.net"
  subject_alternative_names = ["api.acme-corp.net"]
  validation_method         = "DNS"
}

resource "aws_acm_certificate" "wildcard" {
  provider          = aws.primary
  domain_name       = "*.acme-corp.net"
  validation_method = "DNS"
}

resource "aws_acm_certificate_validation" "wildcard" {
  provider        = aws.primary
  certificate_arn = aws_acm_certificate.wildcard.arn
}

resource "aws_acm_certificate" "status" {
  provider          = aws.primary
  domain_name       = "status.acme-corp.net"
  validation_method = "DNS"
}

resource "aws_lb" "web" {
  provider = aws.primary
  name     = "acme-web"
  subnets  = var.subnets
}

resource "aws_lb_listener" "web" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_route53_record" "www" {
  provider = aws.primary
  zone_id  = aws_route53_zone.main.zone_id
  name     = "www"
  type     = "A"
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "api" {
  provider = aws.primary
  zone_id  = aws_route53_zone.main.zone_id
  name     = "api.acme-corp.net"
  type     = "A"
  alias {
    name                   = aws_lb.web.dns_name
    zone_id                = aws_lb.web.zone_id
    evaluate_target_health = true
  }
}

resource "aws_lb" "shop" {
  provider = aws.primary
  name     = "acme-shop"
  subnets  = var.subnets
}

resource "aws_lb_listener" "shop" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.shop.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_route53_record" "shop" {
  provider = aws.primary
  zone_id  = aws_route53_zone.main.zone_id
  name     = "shop"
  type     = "A"
  alias {
    name                   = aws_lb.shop.dns_name
    zone_id                = aws_lb.shop.zone_id
    evaluate_target_health = true
  }
}

resource "aws_lb" "edge" {
  provider = aws.primary
  name     = "acme-edge"
  subnets  = var.subnets
}

resource "aws_lb_listener" "edge" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.edge.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate_validation.wildcard.certificate_arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_lb_listener_certificate" "edge_status" {
  provider        = aws.primary
  listener_arn    = aws_lb_listener.edge.arn
  certificate_arn = aws_acm_certificate.status.arn
}

resource "aws_route53_record" "eu" {
  provider = aws.primary
  zone_id  = aws_route53_zone.main.zone_id
  name     = "eu"
  type     = "A"
  alias {
    name                   = aws_lb.edge.dns_name
    zone_id                = aws_lb.edge.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "nested" {
  provider = aws.primary
  zone_id  = aws_route53_zone.main.zone_id
  name     = "a.b"
  type     = "A"
  alias {
    name                   = aws_lb.edge.dns_name
    zone_id                = aws_lb.edge.zone_id
    evaluate_target_health = true
  }
}

data "aws_route53_zone" "portal" {
  provider   = aws.primary
  name       = "acme-corp.io"
  depends_on = [aws_route53_zone.main]
}

resource "aws_acm_certificate" "portal" {
  provider          = aws.primary
  domain_name       = "portal.acme-corp.io"
  validation_method = "DNS"
}

resource "aws_lb" "portal" {
  provider = aws.primary
  name     = "acme-portal"
  subnets  = var.subnets
}

resource "aws_lb_listener" "portal" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.portal.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.portal.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_route53_record" "portal" {
  provider = aws.primary
  zone_id  = data.aws_route53_zone.portal.zone_id
  name     = "portal"
  type     = "A"
  alias {
    name                   = aws_lb.portal.dns_name
    zone_id                = aws_lb.portal.zone_id
    evaluate_target_health = true
  }
}

resource "aws_acm_certificate" "docs" {
  provider          = aws.primary
  domain_name       = "docs.acme-corp.org"
  validation_method = "DNS"
}

resource "aws_lb" "docs" {
  provider = aws.primary
  name     = "acme-docs"
  subnets  = var.subnets
}

resource "aws_lb_listener" "docs" {
  provider          = aws.primary
  load_balancer_arn = aws_lb.docs.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.docs.arn
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}

resource "aws_route53_record" "docs" {
  provider = aws.primary
  zone_id  = var.docs_zone_id
  name     = "docs"
  type     = "A"
  alias {
    name                   = aws_lb.docs.dns_name
    zone_id                = aws_lb.docs.zone_id
    evaluate_target_health = true
  }
}
