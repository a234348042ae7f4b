// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

variable "AWS_REGION" {

  type = string
}

variable "APP1" {

  type = string
}

variable "REGION1" {

  type = string
}

variable "APP2" {

  type = string
}

variable "REGION2" {

  type = string
}
