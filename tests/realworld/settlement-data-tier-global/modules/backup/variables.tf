// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

variable "AWS_REGION" {

  type = string
}

variable "NAME" {

  type = string
}

variable "RESOURCE_ARN" {

  type = string
}