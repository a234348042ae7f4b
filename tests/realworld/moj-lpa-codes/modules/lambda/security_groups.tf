// This could change to one that doesn't have sirius access
locals { # offline: data "aws_security_group" "lambda_api_ingress" { filter tag:Name = "integration-lambda-api-access-${var.account.target_environment}" } (a group of the account stack, eu-west-1) made a made-up id
  offline_lambda_api_ingress_sg_id = "sg-0f1e2d3c4b5a69788"
}



