# dr-components-per-region: regions joined by failover routing alone. A
# stateless application runs in us-east-1 and us-west-2 (a load balancer
# and an auto scaling group each) behind Route 53 failover records whose
# health checks are Route 53 ARC routing controls; nothing replicates. The
# records point at the two load balancers, so us-east-1 and us-west-2 are
# DR regions, and both hold the same tiers: they pass, and so does `dns`.
# A batch function in eu-west-1 is no failover target: no DR region. No
# alarm: `monitoring` fails.

module "primary" {
  source    = "./modules/region"
  providers = { aws = aws.primary }
  name      = "primary"
}

module "secondary" {
  source    = "./modules/region"
  providers = { aws = aws.secondary }
  name      = "secondary"
}

data "aws_lb" "primary" {
  provider = aws.primary
  arn      = module.primary.lb_arn
}

data "aws_lb" "secondary" {
  provider = aws.secondary
  arn      = module.secondary.lb_arn
}

resource "aws_route53recoverycontrolconfig_cluster" "dr" {
  provider = aws.primary
  name     = "dr"
}

resource "aws_route53recoverycontrolconfig_control_panel" "dr" {
  provider    = aws.primary
  name        = "dr"
  cluster_arn = aws_route53recoverycontrolconfig_cluster.dr.arn
}

resource "aws_route53recoverycontrolconfig_routing_control" "region" {
  for_each          = toset(["primary", "secondary"])
  provider          = aws.primary
  name              = each.key
  cluster_arn       = aws_route53recoverycontrolconfig_cluster.dr.arn
  control_panel_arn = aws_route53recoverycontrolconfig_control_panel.dr.arn
}

resource "aws_route53_health_check" "region" {
  for_each            = toset(["primary", "secondary"])
  provider            = aws.primary
  type                = "RECOVERY_CONTROL"
  routing_control_arn = aws_route53recoverycontrolconfig_routing_control.region[each.key].arn
}

resource "aws_route53_zone" "app" {
  provider = aws.primary
  name     = "shop.acme-retail.io"
}

resource "aws_route53_record" "primary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www.shop.acme-retail.io"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.region["primary"].id
  failover_routing_policy {
    type = "PRIMARY"
  }
  alias {
    name                   = data.aws_lb.primary.dns_name
    zone_id                = data.aws_lb.primary.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "secondary" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.app.zone_id
  name            = "www.shop.acme-retail.io"
  type            = "A"
  set_identifier  = "secondary"
  health_check_id = aws_route53_health_check.region["secondary"].id
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = data.aws_lb.secondary.dns_name
    zone_id                = data.aws_lb.secondary.zone_id
    evaluate_target_health = true
  }
}

resource "aws_iam_role" "batch" {
  provider           = aws.batch
  name               = "batch"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_lambda_function" "batch" {
  provider      = aws.batch
  function_name = "batch"
  role          = aws_iam_role.batch.arn
  runtime       = "python3.12"
  handler       = "batch.handler"
  filename      = "batch.zip"
}
