// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

variable "NAME" {

  type = string
}

variable "VALUE" {

  type = string
}

variable "AWS_BACKUP_REGION" {

  type = string
}

