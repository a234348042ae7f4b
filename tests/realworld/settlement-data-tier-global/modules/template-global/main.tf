// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

module "inbound-gateway" {

  source                = "../inbound-gateway-global" # offline: was "../../../components/inbound-gateway/global"

  AWS_PRIMARY_REGION    = var.AWS_PRIMARY_REGION
  AWS_SECONDARY_REGION  = var.AWS_SECONDARY_REGION
  APP                   = var.APP
  ENV                   = var.ENV
  TRADE_FLOW            = var.TRADE_FLOW
  SETTLEMENT_FLOW       = var.SETTLEMENT_FLOW
}

module "ingress" {

  source                = "../ingress-global" # offline: was "../../../components/ingress/global"

  AWS_PRIMARY_REGION    = var.AWS_PRIMARY_REGION
  AWS_SECONDARY_REGION  = var.AWS_SECONDARY_REGION
  APP                   = var.APP
  ENV                   = var.ENV
  TRADE_FLOW            = var.TRADE_FLOW
  SETTLEMENT_FLOW       = var.SETTLEMENT_FLOW
}

module "core-processing" {

  source                = "../core-processing-global" # offline: was "../../../components/core-processing/global"

  AWS_PRIMARY_REGION    = var.AWS_PRIMARY_REGION
  AWS_SECONDARY_REGION  = var.AWS_SECONDARY_REGION
  APP                   = var.APP
  ENV                   = var.ENV
  TRADE_FLOW            = var.TRADE_FLOW
  SETTLEMENT_FLOW       = var.SETTLEMENT_FLOW
}

module "egress" {

  source                = "../egress-global" # offline: was "../../../components/egress/global"

  AWS_PRIMARY_REGION    = var.AWS_PRIMARY_REGION
  AWS_SECONDARY_REGION  = var.AWS_SECONDARY_REGION
  APP                   = var.APP
  ENV                   = var.ENV
  TRADE_FLOW            = var.TRADE_FLOW
  SETTLEMENT_FLOW       = var.SETTLEMENT_FLOW
}

module "outbound-gateway" {

  source                = "../outbound-gateway-global" # offline: was "../../../components/outbound-gateway/global"

  AWS_PRIMARY_REGION    = var.AWS_PRIMARY_REGION
  AWS_SECONDARY_REGION  = var.AWS_SECONDARY_REGION
  APP                   = var.APP
  ENV                   = var.ENV
  TRADE_FLOW            = var.TRADE_FLOW
  SETTLEMENT_FLOW       = var.SETTLEMENT_FLOW
}




