provider "aws" {
  region = "eu-west-1"

  # Make it faster by skipping something
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_credentials_validation = true

  # offline: mock keys and skip_requesting_account_id (planned with no AWS account)
  access_key                 = "mock"
  secret_key                 = "mock"
  skip_requesting_account_id = true
}

provider "aws" {
  region = "us-east-1"
  alias  = "us-east-1"

  # Make it faster by skipping something
  skip_metadata_api_check     = true
  skip_region_validation      = true
  skip_credentials_validation = true

  # offline: mock keys and skip_requesting_account_id (planned with no AWS account)
  access_key                 = "mock"
  secret_key                 = "mock"
  skip_requesting_account_id = true
}

################################
# Lambda Function in one region
################################

module "lambda_function" {
  source = "./modules/lambda" # offline: was ../../

  function_name = "${local.offline_pet_id}-lambda1"
  description   = "My awesome lambda function"
  handler       = "index.lambda_handler"
  runtime       = "python3.12"
  publish       = true

  # offline: was source_path = "${path.module}/../fixtures/python-app1" (packaging needs
  # hashicorp/external, local and null); a prebuilt zip name stands for the package
  create_package         = false
  local_existing_package = "python-app1.zip"

  attach_dead_letter_policy = true
  dead_letter_target_arn    = aws_sqs_queue.dlq.arn

  ######################
  # Additional policies
  ######################

  attach_policy_json = true
  policy_json        = <<EOF
{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": [
                "xray:GetSamplingStatisticSummaries"
            ],
            "Resource": ["*"]
        }
    ]
}
EOF

  attach_policy_jsons = true
  policy_jsons = [<<EOF
{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": [
                "xray:*"
            ],
            "Resource": ["*"]
        }
    ]
}
EOF
  ]
  number_of_policy_jsons = 1

  attach_policy = true
  policy        = "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"

  attach_policies    = true
  policies           = ["arn:aws:iam::aws:policy/AWSXrayReadOnlyAccess"]
  number_of_policies = 1

  attach_policy_statements = true
  policy_statements = {
    dynamodb = {
      effect    = "Allow",
      actions   = ["dynamodb:BatchWriteItem"],
      resources = ["arn:aws:dynamodb:eu-west-1:052212379155:table/Test"]
    },
    s3_read = {
      effect    = "Deny",
      actions   = ["s3:HeadObject", "s3:GetObject"],
      resources = ["arn:aws:s3:::my-bucket/*"]
    }
  }

  ###########################
  # END: Additional policies
  ###########################

  tags = {
    Module = "lambda1"
  }
}

##################################################
# Same Lambda Function but in another region
# (used to verify conflicting IAM resource names)
##################################################

module "lambda_function_another_region" {
  source = "./modules/lambda" # offline: was ../../

  ###########################################################
  # Using different region and IAM role name (policy prefix)
  ###########################################################
  providers = {
    aws = aws.us-east-1
  }

  role_name = "another-one-us-east-1"
  ###########################################################

  function_name = "${local.offline_pet_id}-lambda1"
  description   = "Copy of my awesome lambda function"
  handler       = "index.lambda_handler"
  runtime       = "python3.12"
  publish       = true

  # offline: was source_path = "${path.module}/../fixtures/python-app1" (packaging needs
  # hashicorp/external, local and null); a prebuilt zip name stands for the package
  create_package         = false
  local_existing_package = "python-app1.zip"

  attach_dead_letter_policy = true
  dead_letter_target_arn    = aws_sqs_queue.dlq_us_east_1.arn

  ######################
  # Additional policies
  ######################

  attach_policy_json = true
  policy_json        = <<EOF
{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": [
                "xray:GetSamplingStatisticSummaries"
            ],
            "Resource": ["*"]
        }
    ]
}
EOF

  attach_policy_jsons = true
  policy_jsons = [<<EOF
{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Action": [
                "xray:*"
            ],
            "Resource": ["*"]
        }
    ]
}
EOF
  ]
  number_of_policy_jsons = 1

  attach_policy = true
  policy        = "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"

  attach_policies    = true
  policies           = ["arn:aws:iam::aws:policy/AWSXrayReadOnlyAccess"]
  number_of_policies = 1

  attach_policy_statements = true
  policy_statements = {
    dynamodb = {
      effect    = "Allow",
      actions   = ["dynamodb:BatchWriteItem"],
      resources = ["arn:aws:dynamodb:eu-west-1:052212379155:table/Test"]
    },
    s3_read = {
      effect    = "Deny",
      actions   = ["s3:HeadObject", "s3:GetObject"],
      resources = ["arn:aws:s3:::my-bucket/*"]
    }
  }

  ###########################
  # END: Additional policies
  ###########################

  tags = {
    Module = "lambda_function_in_another_region"
  }
}

##################
# Extra resources
##################

# offline: resource "random_pet" "this" (hashicorp/random, not in the mirror)
# replaced by the literal local.offline_pet_id
locals {
  offline_pet_id = "offline-pet"
}

resource "aws_sqs_queue" "dlq" {
  name = local.offline_pet_id
}

resource "aws_sqs_queue" "dlq_us_east_1" {
  name = local.offline_pet_id

  provider = aws.us-east-1
}
