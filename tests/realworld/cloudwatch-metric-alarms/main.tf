provider "aws" {
  region = "eu-west-1"

  # offline: mock keys and skip_* flags (planned with no AWS account)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "aws_lambda_function1" {
  source = "./modules/aws_lambda_function" # offline: was ../fixtures/aws_lambda_function

  offline_pet_id = "offline-pet-1" # offline: stands for the fixture's random_pet
}

module "aws_lambda_function2" {
  source = "./modules/aws_lambda_function" # offline: was ../fixtures/aws_lambda_function

  offline_pet_id = "offline-pet-2" # offline: stands for the fixture's random_pet
}

module "aws_sns_topic" {
  source = "./modules/aws_sns_topic" # offline: was ../fixtures/aws_sns_topic
}

module "alarms" {
  source = "./modules/metric-alarms-by-multiple-dimensions" # offline: was ../../modules/metric-alarms-by-multiple-dimensions

  alarm_name          = "lambda-duration-"
  alarm_description   = "Lambda duration is too high"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 10
  period              = 60
  unit                = "Milliseconds"

  namespace   = "AWS/Lambda"
  metric_name = "Duration"
  statistic   = "Maximum"

  dimensions = {
    "lambda1" = {
      FunctionName = module.aws_lambda_function1.lambda_function_name
    },
    "lambda2" = {
      FunctionName = module.aws_lambda_function2.lambda_function_name
    },
  }

  alarm_actions = [module.aws_sns_topic.sns_topic_arn]
}
