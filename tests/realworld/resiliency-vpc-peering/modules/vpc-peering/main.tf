// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

provider "aws" {

  alias = "primary"
  region = var.REGION1

  // offline: mock credentials and skip_* flags, so that nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

provider "aws" {

  alias  = "secondary"
  region = var.REGION2

  // offline: mock credentials and skip_* flags, so that nothing reaches AWS
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_requesting_account_id  = true
  skip_region_validation      = true
}

// offline: data "aws_secretsmanager_secret" "app1-region1-vpc-secret" and its _version "app1-region1-vpc-secret-version"
// (provider = aws.primary; Secrets Manager at plan time) -> local.offline_secret["${var.APP1}-${var.REGION1}-vpc"]

// offline: data "aws_secretsmanager_secret" "app1-region1-public-subnet-1-route-table-id-secret" and its _version "app1-region1-public-subnet-1-route-table-id-secret-version"
// (provider = aws.primary; Secrets Manager at plan time) -> local.offline_secret["${var.APP1}-${var.REGION1}-public-subnet-1-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app1-region1-private-subnet-1-route-table-id-secret" and its _version "app1-region1-private-subnet-1-route-table-id-secret-version"
// (provider = aws.primary; Secrets Manager at plan time) -> local.offline_secret["${var.APP1}-${var.REGION1}-private-subnet-1-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app1-region1-private-subnet-2-route-table-id-secret" and its _version "app1-region1-private-subnet-2-route-table-id-secret-version"
// (provider = aws.primary; Secrets Manager at plan time) -> local.offline_secret["${var.APP1}-${var.REGION1}-private-subnet-2-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app1-region1-private-subnet-3-route-table-id-secret" and its _version "app1-region1-private-subnet-3-route-table-id-secret-version"
// (provider = aws.primary; Secrets Manager at plan time) -> local.offline_secret["${var.APP1}-${var.REGION1}-private-subnet-3-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app2-region2-vpc-secret" and its _version "app2-region2-vpc-secret-version"
// (provider = aws.secondary; Secrets Manager at plan time) -> local.offline_secret["${var.APP2}-${var.REGION2}-vpc"]

// offline: data "aws_secretsmanager_secret" "app2-region2-public-subnet-1-route-table-id-secret" and its _version "app2-region2-public-subnet-1-route-table-id-secret-version"
// (provider = aws.secondary; Secrets Manager at plan time) -> local.offline_secret["${var.APP2}-${var.REGION2}-public-subnet-1-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app2-region2-private-subnet-1-route-table-id-secret" and its _version "app2-region2-private-subnet-1-route-table-id-secret-version"
// (provider = aws.secondary; Secrets Manager at plan time) -> local.offline_secret["${var.APP2}-${var.REGION2}-private-subnet-1-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app2-region2-private-subnet-2-route-table-id-secret" and its _version "app2-region2-private-subnet-2-route-table-id-secret-version"
// (provider = aws.secondary; Secrets Manager at plan time) -> local.offline_secret["${var.APP2}-${var.REGION2}-private-subnet-2-route-table-id"]

// offline: data "aws_secretsmanager_secret" "app2-region2-private-subnet-3-route-table-id-secret" and its _version "app2-region2-private-subnet-3-route-table-id-secret-version"
// (provider = aws.secondary; Secrets Manager at plan time) -> local.offline_secret["${var.APP2}-${var.REGION2}-private-subnet-3-route-table-id"]

// offline: made-up values, in upstream's forms, for what those secrets hold
// (written by the regional roots, apps/template/regional/vpc.tf and
// modules/vpc: each app-region's VPC id and the ids of the route tables of
// its public subnet 1 and private subnets 1-3)
locals {
  offline_secret = {
    "trade-matching-us-east-1-vpc"                             = "vpc-0a1b2c3d4e5f60001"
    "trade-matching-us-east-1-public-subnet-1-route-table-id"  = "rtb-0a1b2c3d4e5f61000"
    "trade-matching-us-east-1-private-subnet-1-route-table-id" = "rtb-0a1b2c3d4e5f61001"
    "trade-matching-us-east-1-private-subnet-2-route-table-id" = "rtb-0a1b2c3d4e5f61002"
    "trade-matching-us-east-1-private-subnet-3-route-table-id" = "rtb-0a1b2c3d4e5f61003"
    "trade-matching-us-west-2-vpc"                             = "vpc-0a1b2c3d4e5f60002"
    "trade-matching-us-west-2-public-subnet-1-route-table-id"  = "rtb-0a1b2c3d4e5f62000"
    "trade-matching-us-west-2-private-subnet-1-route-table-id" = "rtb-0a1b2c3d4e5f62001"
    "trade-matching-us-west-2-private-subnet-2-route-table-id" = "rtb-0a1b2c3d4e5f62002"
    "trade-matching-us-west-2-private-subnet-3-route-table-id" = "rtb-0a1b2c3d4e5f62003"
    "settlement-us-east-1-vpc"                                 = "vpc-0a1b2c3d4e5f60003"
    "settlement-us-east-1-public-subnet-1-route-table-id"      = "rtb-0a1b2c3d4e5f63000"
    "settlement-us-east-1-private-subnet-1-route-table-id"     = "rtb-0a1b2c3d4e5f63001"
    "settlement-us-east-1-private-subnet-2-route-table-id"     = "rtb-0a1b2c3d4e5f63002"
    "settlement-us-east-1-private-subnet-3-route-table-id"     = "rtb-0a1b2c3d4e5f63003"
    "settlement-us-west-2-vpc"                                 = "vpc-0a1b2c3d4e5f60004"
    "settlement-us-west-2-public-subnet-1-route-table-id"      = "rtb-0a1b2c3d4e5f64000"
    "settlement-us-west-2-private-subnet-1-route-table-id"     = "rtb-0a1b2c3d4e5f64001"
    "settlement-us-west-2-private-subnet-2-route-table-id"     = "rtb-0a1b2c3d4e5f64002"
    "settlement-us-west-2-private-subnet-3-route-table-id"     = "rtb-0a1b2c3d4e5f64003"
  }

  // offline: the cidr_block data "aws_vpc" would read for each VPC id: the
  // CIDR upstream's regional roots give that VPC
  // (apps/{trading,settlement}/{primary,secondary}/terraform.tfvars)
  offline_vpc_cidr = {
    "vpc-0a1b2c3d4e5f60001" = "10.1.0.0/16"
    "vpc-0a1b2c3d4e5f60002" = "10.2.0.0/16"
    "vpc-0a1b2c3d4e5f60003" = "10.3.0.0/16"
    "vpc-0a1b2c3d4e5f60004" = "10.4.0.0/16"
  }
}

resource "aws_vpc_peering_connection" "peering-connection" {

  provider = aws.primary

  peer_region   = var.REGION2
  vpc_id        = local.offline_secret["${var.APP1}-${var.REGION1}-vpc"]  // offline: was data.aws_secretsmanager_secret_version.app1-region1-vpc-secret-version.secret_string
  peer_vpc_id   = local.offline_secret["${var.APP2}-${var.REGION2}-vpc"]  // offline: was data.aws_secretsmanager_secret_version.app2-region2-vpc-secret-version.secret_string
  auto_accept   = false

  tags = {
    Name = "${var.APP1}-${var.REGION1}-to-${var.APP2}-${var.REGION2}"
  }
}

resource "aws_vpc_peering_connection_accepter" "connection-acceptor" {

  provider                  = aws.secondary

  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
  auto_accept               = true

  tags = {
    Name = "${var.APP1}-${var.REGION1}-to-${var.APP2}-${var.REGION2}"
  }
}

resource "aws_vpc_peering_connection_options" "requester-options" {

  provider = aws.primary

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.connection-acceptor.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_vpc_peering_connection_options" "acceptor-options" {

  provider = aws.secondary

  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.connection-acceptor.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

// offline: data "aws_vpc" "app1-region1-vpc" (provider = aws.primary, id = the VPC id above; EC2 at plan time) -> local.offline_vpc_cidr[<that id>] where its cidr_block is read

// offline: data "aws_vpc" "app2-region2-vpc" (provider = aws.secondary, id = the VPC id above; EC2 at plan time) -> local.offline_vpc_cidr[<that id>] where its cidr_block is read

resource "aws_route" "app1-public-subnet-route" {

  provider = aws.primary
  route_table_id            = local.offline_secret["${var.APP1}-${var.REGION1}-public-subnet-1-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app1-region1-public-subnet-1-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP2}-${var.REGION2}-vpc"]]  // offline: was data.aws_vpc.app2-region2-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app1-private-subnet-1-route" {

  provider = aws.primary
  route_table_id            = local.offline_secret["${var.APP1}-${var.REGION1}-private-subnet-1-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app1-region1-private-subnet-1-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP2}-${var.REGION2}-vpc"]]  // offline: was data.aws_vpc.app2-region2-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app1-private-subnet-2-route" {

  provider = aws.primary
  route_table_id            = local.offline_secret["${var.APP1}-${var.REGION1}-private-subnet-2-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app1-region1-private-subnet-2-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP2}-${var.REGION2}-vpc"]]  // offline: was data.aws_vpc.app2-region2-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app1-private-subnet-3-route" {

  provider = aws.primary
  route_table_id            = local.offline_secret["${var.APP1}-${var.REGION1}-private-subnet-3-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app1-region1-private-subnet-3-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP2}-${var.REGION2}-vpc"]]  // offline: was data.aws_vpc.app2-region2-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app2-public-subnet-route" {

  provider = aws.secondary
  route_table_id            = local.offline_secret["${var.APP2}-${var.REGION2}-public-subnet-1-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app2-region2-public-subnet-1-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP1}-${var.REGION1}-vpc"]]  // offline: was data.aws_vpc.app1-region1-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app2-private-subnet-1-route" {

  provider = aws.secondary
  route_table_id            = local.offline_secret["${var.APP2}-${var.REGION2}-private-subnet-1-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app2-region2-private-subnet-1-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP1}-${var.REGION1}-vpc"]]  // offline: was data.aws_vpc.app1-region1-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app2-private-subnet-2-route" {

  provider = aws.secondary
  route_table_id            = local.offline_secret["${var.APP2}-${var.REGION2}-private-subnet-2-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app2-region2-private-subnet-2-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP1}-${var.REGION1}-vpc"]]  // offline: was data.aws_vpc.app1-region1-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}

resource "aws_route" "app2-private-subnet-3-route" {

  provider = aws.secondary
  route_table_id            = local.offline_secret["${var.APP2}-${var.REGION2}-private-subnet-3-route-table-id"]  // offline: was data.aws_secretsmanager_secret_version.app2-region2-private-subnet-3-route-table-id-secret-version.secret_string
  destination_cidr_block    = local.offline_vpc_cidr[local.offline_secret["${var.APP1}-${var.REGION1}-vpc"]]  // offline: was data.aws_vpc.app1-region1-vpc.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.peering-connection.id
}
