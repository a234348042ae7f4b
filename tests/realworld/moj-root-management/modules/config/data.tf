data "aws_region" "current" {}
# offline: data "aws_caller_identity" "current" {} removed (STS at plan time); its account_id is the literal 111111111111 below
