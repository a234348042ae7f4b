// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

provider "aws" {

  alias  = "secondary"
  region = var.AWS_SECONDARY_REGION

  // offline: mock credentials and skip_* flags, so that nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

// offline: data "aws_secretsmanager_secret" "app-primary-vpc-secret" and its _version "app-primary-vpc-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.AWS_PRIMARY_REGION}-vpc"]

// offline: data "aws_secretsmanager_secret" "app-secondary-vpc-secret" and its _version "app-secondary-vpc-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.AWS_SECONDARY_REGION}-vpc"]

// offline: data "aws_secretsmanager_secret" "peer-app-primary-vpc-secret" and its _version "peer-app-primary-vpc-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.PEER_APP}-${var.AWS_PRIMARY_REGION}-vpc"]

// offline: data "aws_secretsmanager_secret" "peer-app-secondary-vpc-secret" and its _version "peer-app-secondary-vpc-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.PEER_APP}-${var.AWS_SECONDARY_REGION}-vpc"]

// offline: data "aws_secretsmanager_secret" "app-primary-health-check-secret" and its _version "app-primary-health-check-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.AWS_PRIMARY_REGION}-arc-health-check"]

// offline: data "aws_secretsmanager_secret" "app-secondary-health-check-secret" and its _version "app-secondary-health-check-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.AWS_SECONDARY_REGION}-arc-health-check"]

// offline: data "aws_secretsmanager_secret" "app-component-primary-mq-secret" and its _version "app-component-primary-mq-secret-version"
// removed (Secrets Manager at plan time; read only in the commented-out `records` line below)

// offline: data "aws_secretsmanager_secret" "app-component-primary-mq-nlb-secret" and its _version "app-component-primary-mq-nlb-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_PRIMARY_REGION}-mq-nlb"]

// offline: data "aws_secretsmanager_secret" "app-component-secondary-mq-secret" and its _version "app-component-secondary-mq-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_SECONDARY_REGION}-mq"]

// offline: data "aws_secretsmanager_secret" "app-component-secondary-mq-nlb-secret" and its _version "app-component-secondary-mq-nlb-secret-version"
// (Secrets Manager at plan time) -> local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_SECONDARY_REGION}-mq-nlb"]

// offline: the values the data sources above would read, secrets other stacks of
// upstream's repository write; made up in upstream's own form (a VPC id, a
// Route 53 health check id, an NLB DNS name, the MQ broker's credentials JSON)
locals {
  offline_secret = {
    "trade-matching-us-east-1-vpc"                   = "vpc-0a1b2c3d4e5f60001"
    "trade-matching-us-west-2-vpc"                   = "vpc-0a1b2c3d4e5f60002"
    "settlement-us-east-1-vpc"                       = "vpc-0a1b2c3d4e5f60003"
    "settlement-us-west-2-vpc"                       = "vpc-0a1b2c3d4e5f60004"
    "trade-matching-us-east-1-arc-health-check"      = "11111111-1111-4111-8111-111111111111"
    "trade-matching-us-west-2-arc-health-check"      = "22222222-2222-4222-8222-222222222222"
    "settlement-us-east-1-arc-health-check"          = "33333333-3333-4333-8333-333333333333"
    "settlement-us-west-2-arc-health-check"          = "44444444-4444-4444-8444-444444444444"
    "trade-matching-in-gateway-us-east-1-mq-nlb"     = "trade-matching-in-mq-0123456789abcdef.elb.us-east-1.amazonaws.com"
    "trade-matching-in-gateway-us-west-2-mq-nlb"     = "trade-matching-in-mq-0123456789abcdef.elb.us-west-2.amazonaws.com"
    "trade-matching-out-gateway-us-east-1-mq-nlb"    = "trade-matching-out-mq-0123456789abcdef.elb.us-east-1.amazonaws.com"
    "trade-matching-out-gateway-us-west-2-mq-nlb"    = "trade-matching-out-mq-0123456789abcdef.elb.us-west-2.amazonaws.com"
    "settlement-in-gateway-us-east-1-mq-nlb"         = "settlement-in-mq-0123456789abcdef.elb.us-east-1.amazonaws.com"
    "settlement-in-gateway-us-west-2-mq-nlb"         = "settlement-in-mq-0123456789abcdef.elb.us-west-2.amazonaws.com"
    "settlement-out-gateway-us-east-1-mq-nlb"        = "settlement-out-mq-0123456789abcdef.elb.us-east-1.amazonaws.com"
    "settlement-out-gateway-us-west-2-mq-nlb"        = "settlement-out-mq-0123456789abcdef.elb.us-west-2.amazonaws.com"
    "trade-matching-in-gateway-us-west-2-mq"         = "{\"username\":\"mquser\",\"password\":\"mock-password\",\"endpoint\":\"ssl://b-mock.mq.us-west-2.amazonaws.com:61617\"}"
    "trade-matching-out-gateway-us-west-2-mq"        = "{\"username\":\"mquser\",\"password\":\"mock-password\",\"endpoint\":\"ssl://b-mock.mq.us-west-2.amazonaws.com:61617\"}"
    "settlement-in-gateway-us-west-2-mq"             = "{\"username\":\"mquser\",\"password\":\"mock-password\",\"endpoint\":\"ssl://b-mock.mq.us-west-2.amazonaws.com:61617\"}"
    "settlement-out-gateway-us-west-2-mq"            = "{\"username\":\"mquser\",\"password\":\"mock-password\",\"endpoint\":\"ssl://b-mock.mq.us-west-2.amazonaws.com:61617\"}"
  }
}

resource "aws_route53_zone" "trade-matching-component-private-zone" {

  name = "approtation.${var.APP}.${var.COMPONENT_SHORT}"
  comment = "approtation.${var.APP}.${var.COMPONENT_SHORT}"

  vpc {
    vpc_id = local.offline_secret["${var.APP}-${var.AWS_PRIMARY_REGION}-vpc"]
    vpc_region = var.AWS_PRIMARY_REGION
  }
}

resource "aws_route53_record" "trade-matching-component-primary-record" {

  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
  name    = "mq.approtation.${var.APP}.${var.COMPONENT_SHORT}"
  type    = "CNAME"
  ttl     = "5"

  failover_routing_policy {
    type = "PRIMARY"
  }

  set_identifier = "${var.APP}-${var.COMPONENT_SHORT}-primary"
  health_check_id = local.offline_secret["${var.APP}-${var.AWS_PRIMARY_REGION}-arc-health-check"]
  records        = [local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_PRIMARY_REGION}-mq-nlb"]]
  //records        = [replace(replace(jsondecode(data.aws_secretsmanager_secret_version.app-component-primary-mq-secret-version.secret_string)["endpoint"], "ssl://", ""), ":61617", "")]
}

resource "aws_route53_record" "trade-matching-component-secondary-record" {

  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
  name    = "mq.approtation.${var.APP}.${var.COMPONENT_SHORT}"
  type    = "CNAME"
  ttl     = "5"

  failover_routing_policy {
    type = "SECONDARY"
  }

  set_identifier = "${var.APP}-${var.COMPONENT_SHORT}-secondary"
  health_check_id = local.offline_secret["${var.APP}-${var.AWS_SECONDARY_REGION}-arc-health-check"]
  records        = [local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_SECONDARY_REGION}-mq-nlb"]]
  //records        = [replace(replace(jsondecode(data.aws_secretsmanager_secret_version.app-component-secondary-mq-secret-version.secret_string)["endpoint"], "ssl://", ""), ":61617", "")]
}

//resource "aws_route53_vpc_association_authorization" "app-component-secondary-association-authorization" {
//  vpc_id  = data.aws_secretsmanager_secret_version.app-secondary-vpc-secret-version.secret_string
//  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
//}

//resource "aws_route53_vpc_association_authorization" "peer-app-component-primary-association-authorization" {
//  vpc_id  = data.aws_secretsmanager_secret_version.peer-app-primary-vpc-secret-version.secret_string
//  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
//}
//
//resource "aws_route53_vpc_association_authorization" "peer-app-component-secondary-association-authorization" {
//  vpc_id  = data.aws_secretsmanager_secret_version.peer-app-secondary-vpc-secret-version.secret_string
//  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
//}

resource "aws_route53_zone_association" "app-component-secondary-association" {

  provider = aws.secondary

  vpc_id  = local.offline_secret["${var.APP}-${var.AWS_SECONDARY_REGION}-vpc"]
  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
}

resource "aws_route53_zone_association" "peer-app-component-primary-association" {


  vpc_id  = local.offline_secret["${var.PEER_APP}-${var.AWS_PRIMARY_REGION}-vpc"]
  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
}

resource "aws_route53_zone_association" "peer-app-component-secondary-association" {

  provider = aws.secondary

  vpc_id  = local.offline_secret["${var.PEER_APP}-${var.AWS_SECONDARY_REGION}-vpc"]
  zone_id = aws_route53_zone.trade-matching-component-private-zone.zone_id
}

locals  {
  MQCredentials1 = {
    username = jsondecode(local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_SECONDARY_REGION}-mq"])["username"]
    password = jsondecode(local.offline_secret["${var.APP}-${var.COMPONENT}-${var.AWS_SECONDARY_REGION}-mq"])["password"]
    endpoint = "ssl://mq.approtation.${var.APP}.${var.COMPONENT_SHORT}:61617"
  }
}

module "app-in-gateway-mq-connection-secret" {

  source                = "../secret"  // offline: was "../../../../modules/secret"

  NAME                  = "${var.APP}-${var.COMPONENT}-mq-connection"
  VALUE                 = jsonencode(local.MQCredentials1)
  AWS_BACKUP_REGION     = var.AWS_SECONDARY_REGION
}

