# offline: a default provider block added for the mock credentials only; its
# region comes from the environment (ENV), as upstream (no provider block)
provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

locals {
  environment        = "test"
  zone_name          = "infra-test.truss.coffee"
  container_protocol = "HTTP"
  container_port     = "8080"
  health_check_path  = "/"
}

module "alb" {
  source = "./modules/alb"

  name           = var.test_name
  environment    = local.environment
  logs_s3_bucket = "" # offline: upstream var.logs_bucket == "" ? "" : module.logs[0].aws_logs_bucket

  alb_vpc_id                  = module.vpc.vpc_id
  alb_subnet_ids              = module.vpc.public_subnets
  alb_default_certificate_arn = module.acm-cert.acm_arn

  container_port     = local.container_port
  container_protocol = local.container_protocol
  health_check_path  = local.health_check_path
}

# offline: module "logs" (trussworks/logs/aws ~> 10, count = 0 with
# logs_bucket = "", and pinned to hashicorp/aws < 4.0) removed

module "acm-cert" {
  source  = "./modules/acm-cert"

  domain_name = "${var.test_name}.${local.zone_name}"
  environment = local.environment
  zone_name   = local.zone_name
}

# offline: data "aws_route53_zone" "infra_truss_coffee" (a Route 53 call) removed
locals {
  offline_zone_id = "Z0123456789MOCKZONE0"
}

resource "aws_route53_record" "main" {
  zone_id = local.offline_zone_id
  name    = var.test_name
  type    = "CNAME"
  ttl     = "300"
  records = [module.alb.alb_dns_name]
}

module "vpc" {
  source  = "./modules/vpc"

  name            = var.test_name
  cidr            = "10.0.0.0/16"
  azs             = var.vpc_azs
  private_subnets = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]
  public_subnets  = ["10.0.104.0/24", "10.0.105.0/24", "10.0.106.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = true
}

#
# KMS
#

# offline: data "aws_caller_identity" "current" (an STS call) removed; account 123456789012

data "aws_iam_policy_document" "cloudwatch_logs_allow_kms" {
  statement {
    sid    = "Enable IAM User Permissions"
    effect = "Allow"

    principals {
      type = "AWS"
      identifiers = [
        "arn:aws:iam::123456789012:root",
      ]
    }

    actions = [
      "kms:*",
    ]
    resources = ["*"]
  }

  statement {
    sid    = "Allow logs KMS access"
    effect = "Allow"

    principals {
      type        = "Service"
      identifiers = ["logs.${var.region}.amazonaws.com"]
    }

    actions = [
      "kms:Encrypt*",
      "kms:Decrypt*",
      "kms:ReEncrypt*",
      "kms:GenerateDataKey*",
      "kms:Describe*"
    ]
    resources = ["*"]
  }
}

resource "aws_kms_key" "main" {
  description         = "Key for ECS log encryption"
  enable_key_rotation = true

  policy = data.aws_iam_policy_document.cloudwatch_logs_allow_kms.json
}

#
# ECS
#

resource "aws_ecs_cluster" "main" {
  name = var.test_name
}

module "ecs-service" {
  source  = "./modules/ecs-service"

  name        = var.test_name
  environment = local.environment

  ecs_cluster     = aws_ecs_cluster.main
  ecs_vpc_id      = module.vpc.vpc_id
  ecs_subnet_ids  = module.vpc.private_subnets
  kms_key_id      = aws_kms_key.main.arn
  ecs_use_fargate = true

  container_image = "golang:alpine"

  associate_alb      = true
  alb_security_group = module.alb.alb_security_group_id
  lb_target_groups = [
    {
      container_port              = local.container_port
      container_health_check_port = local.container_port
      lb_target_group_arn         = module.alb.alb_target_group_id
    }
  ]

}
