# Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
# SPDX-License-Identifier: MIT-0

# --- spoke_account/variables.tf ---

# Project identifier
variable "spoke_identifier" { # offline (combined root): spoke_account's var.identifier
  type        = string
  description = "Project Identifier."

  default = "manage-network-iac-spoke"
}

# offline (combined root): variable "aws_regions" removed here (variables.tf has the same)

# Definition of the VPCs to create in Oregon Region
variable "oregon_spoke_vpcs" {
  type        = any
  description = "Information about the VPCs to create in us-west-2."

  default = {
    "prod" = {
      type                  = "prod"
      number_azs            = 2
      cidr_block            = "10.0.0.0/24"
      private_subnet_cidrs  = ["10.0.0.0/28", "10.0.0.16/28"]
      endpoint_subnet_cidrs = ["10.0.0.32/28", "10.0.0.48/28"]
      tgw_subnet_cidrs      = ["10.0.0.64/28", "10.0.0.80/28"]
      instance_type         = "t2.micro"
    }
    "nonprod" = {
      type                  = "nonprod"
      number_azs            = 2
      cidr_block            = "10.0.1.0/24"
      private_subnet_cidrs  = ["10.0.1.0/28", "10.0.1.16/28"]
      endpoint_subnet_cidrs = ["10.0.1.32/28", "10.0.1.48/28"]
      tgw_subnet_cidrs      = ["10.0.1.64/28", "10.0.1.80/28"]
      instance_type         = "t2.micro"
    }
  }
}

# Definition of the VPCs to create in Ireland Region
variable "ireland_spoke_vpcs" {
  type        = any
  description = "Information about the VPCs to create in eu-west-1."

  default = {
    "prod" = {
      type                  = "prod"
      number_azs            = 2
      cidr_block            = "10.1.0.0/24"
      private_subnet_cidrs  = ["10.1.0.0/28", "10.1.0.16/28"]
      endpoint_subnet_cidrs = ["10.1.0.32/28", "10.1.0.48/28"]
      tgw_subnet_cidrs      = ["10.1.0.64/28", "10.1.0.80/28"]
      instance_type         = "t2.micro"
    }
    "nonprod" = {
      type                  = "nonprod"
      number_azs            = 2
      cidr_block            = "10.1.1.0/24"
      private_subnet_cidrs  = ["10.1.1.0/28", "10.1.1.16/28"]
      endpoint_subnet_cidrs = ["10.1.1.32/28", "10.1.1.48/28"]
      tgw_subnet_cidrs      = ["10.1.1.64/28", "10.1.1.80/28"]
      instance_type         = "t2.micro"
    }
  }
}