# Copyright IBM Corp. 2024, 2026
# SPDX-License-Identifier: MPL-2.0

#------------------------------------------------------------------------------
# Common
#------------------------------------------------------------------------------
locals {
  lb_name_suffix = var.lb_is_internal ? "internal" : "external"
  # Exclude date-style tags like v202507-1
  # local.tfe_image_tag_gte_1 will be true for non-calver semver-ish tags with major >= 1 and minor >= 2, or major > 1. This is used to determine the health check path for the load balancer target groups, as TFE 1.2+ uses a different path than earlier versions.
  # true:  1.2, 1.3.0, 2.0
  # false: 1.1.9, v202507-1, latest, foo

  is_calver_tag = can(regex("^v[0-9]{6}-[0-9]+$", var.tfe_image_tag))

  # Accept semver-ish tags like 1.3, 1.3.2, v1.3, v1.3.2
  normalized_tag = trimprefix(var.tfe_image_tag, "v")
  is_semver_tag  = can(regex("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", local.normalized_tag))
  is_commit_hash = can(regex("^[0-9a-f]{7,}$", var.tfe_image_tag))

  major = local.is_semver_tag ? tonumber(split(".", local.normalized_tag)[0]) : 0
  minor = local.is_semver_tag ? tonumber(split(".", local.normalized_tag)[1]) : 0
  patch = local.is_semver_tag && length(split(".", local.normalized_tag)) > 2 ? tonumber(split(".", local.normalized_tag)[2]) : 0

  tfe_image_tag_gte_1 = (
    !local.is_calver_tag &&
    (
      local.is_commit_hash ||
      (
        local.is_semver_tag &&
        (
          local.major > 1 ||
          (local.major == 1 && local.minor >= 2)
        )
      )
    )
  )
}

#------------------------------------------------------------------------------
# Network load balancer (NLB)
#------------------------------------------------------------------------------
resource "aws_lb" "nlb" {
  count = var.lb_type == "nlb" ? 1 : 0

  name               = "${var.friendly_name_prefix}-tfe-nlb-${local.lb_name_suffix}"
  load_balancer_type = "network"
  internal           = var.lb_is_internal
  subnets            = var.lb_subnet_ids

  security_groups = [
    aws_security_group.lb_allow_ingress.id,
    aws_security_group.lb_allow_egress.id
  ]

  tags = merge(
    { "Name" = "${var.friendly_name_prefix}-tfe-nlb-${local.lb_name_suffix}" },
    var.common_tags
  )
}

resource "aws_lb_listener" "lb_nlb_443" {
  count = var.lb_type == "nlb" ? 1 : 0

  load_balancer_arn = aws_lb.nlb[0].arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.nlb_443[0].arn
  }
}

resource "aws_lb_target_group" "nlb_443" {
  count = var.lb_type == "nlb" ? 1 : 0

  name     = "${var.friendly_name_prefix}-tfe-nlb-tg-443"
  protocol = "TCP"
  port     = 443
  vpc_id   = var.vpc_id

  health_check {
    protocol            = "HTTPS"
    path                = local.tfe_image_tag_gte_1 ? "/api/v1/health/readiness" : "/_health_check"
    port                = "traffic-port"
    matcher             = "200"
    healthy_threshold   = 5
    unhealthy_threshold = 5
    timeout             = 10
    interval            = 30
  }

  stickiness {
    enabled = var.lb_stickiness_enabled
    type    = "source_ip"
  }

  tags = merge(
    { "Name" = "${var.friendly_name_prefix}-tfe-nlb-tg-443" },
    { "Description" = "Load balancer target group for TFE application traffic." },
    var.common_tags
  )
}

#------------------------------------------------------------------------------
# Application load balancer (ALB)
#------------------------------------------------------------------------------
resource "aws_lb" "alb" {
  count = var.lb_type == "alb" ? 1 : 0

  name               = "${var.friendly_name_prefix}-tfe-alb-${local.lb_name_suffix}"
  internal           = var.lb_is_internal
  load_balancer_type = "application"
  subnets            = var.lb_subnet_ids

  security_groups = [
    aws_security_group.lb_allow_ingress.id,
    aws_security_group.lb_allow_egress.id
  ]

  tags = merge(
    { "Name" = "${var.friendly_name_prefix}-tfe-alb-${local.lb_name_suffix}" },
    var.common_tags
  )
}

resource "aws_lb_listener" "alb_443" {
  count = var.lb_type == "alb" ? 1 : 0

  load_balancer_arn = aws_lb.alb[0].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = var.tfe_alb_tls_certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.alb_443[0].arn
  }
}

resource "aws_lb_target_group" "alb_443" {
  count = var.lb_type == "alb" ? 1 : 0

  name     = "${var.friendly_name_prefix}-tfe-alb-tg-443"
  port     = 443
  protocol = "HTTPS"
  vpc_id   = var.vpc_id

  health_check {
    protocol            = "HTTPS"
    path                = local.tfe_image_tag_gte_1 ? "/api/v1/health/readiness" : "/_health_check"
    healthy_threshold   = 2
    unhealthy_threshold = 7
    timeout             = 5
    interval            = 30
    matcher             = 200
  }

  tags = merge(
    { "Name" = "${var.friendly_name_prefix}-tfe-alb-tg-443" },
    { "Description" = "Load balancer target group for TFE application traffic." },
    var.common_tags
  )
}

#------------------------------------------------------------------------------
# Security groups
#------------------------------------------------------------------------------
resource "aws_security_group" "lb_allow_ingress" {
  name   = "${var.friendly_name_prefix}-tfe-lb-allow-ingress"
  vpc_id = var.vpc_id

  tags = merge({ "Name" = "${var.friendly_name_prefix}-tfe-lb-allow-ingress" }, var.common_tags)
}

resource "aws_security_group_rule" "lb_allow_ingress_tfe_https_from_cidr" {
  type        = "ingress"
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = var.cidr_allow_ingress_tfe_443
  description = "Allow TCP/443 (HTTPS) inbound to TFE load balancer from specified CIDR ranges."

  security_group_id = aws_security_group.lb_allow_ingress.id
}

resource "aws_security_group_rule" "lb_allow_ingress_tfe_https_from_ec2" {
  type                     = "ingress"
  from_port                = 443
  to_port                  = 443
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.ec2_allow_ingress.id
  description              = "Allow TCP/443 (HTTPS) inbound to TFE load balancer from TFE EC2 security group."

  security_group_id = aws_security_group.lb_allow_ingress.id
}

resource "aws_security_group" "lb_allow_egress" {
  name   = "${var.friendly_name_prefix}-tfe-lb-allow-egress"
  vpc_id = var.vpc_id
  tags   = merge({ "Name" = "${var.friendly_name_prefix}-tfe-lb-allow-egress" }, var.common_tags)
}

resource "aws_security_group_rule" "lb_allow_egress_all" {
  type        = "egress"
  from_port   = 0
  to_port     = 0
  protocol    = "-1"
  cidr_blocks = ["0.0.0.0/0"]
  description = "Allow all traffic outbound from the TFE load balancer."

  security_group_id = aws_security_group.lb_allow_egress.id
}
