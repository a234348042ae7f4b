// Copyright Amazon.com, Inc. or its affiliates. All Rights Reserved.
// SPDX-License-Identifier: MIT-0

AWS_REGION = "us-east-1"
AWS_PRIMARY_REGION = "us-east-1"
AWS_SECONDARY_REGION = "us-west-2"
