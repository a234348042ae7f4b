locals { # offline: data "aws_secretsmanager_secret" "jwt_key" { name = join("/", compact([local.account.secret_prefix, "jwt-key"])) } (Secrets Manager API) -> its ARN (made-up suffix)
  offline_jwt_key_secret_arn = "arn:aws:secretsmanager:eu-west-1:${local.account.account_id}:secret:${join("/", compact([local.account.secret_prefix, "jwt-key"]))}-Ab12Cd"
}

//===============Related to Request Handler Lambda Task Execution Role===================
resource "aws_iam_policy" "ual_iap_request_handler_lambda_execution" {
  name   = "lpa-iap-request-handler-${local.environment}"
  policy = data.aws_iam_policy_document.ual_iap_request_handler_lambda.json
}

resource "aws_iam_role_policy_attachment" "ual_iap_request_handler_lambda_attachment" {
  role       = module.request_handler_lamdba.lambda_execution_role.id
  policy_arn = aws_iam_policy.ual_iap_request_handler_lambda_execution.arn
}

// Access policy for the s3 bucket
data "aws_iam_policy_document" "ual_iap_request_handler_lambda" {
  statement {
    sid       = "AllowS3Actions"
    effect    = "Allow"
    resources = [module.ual_iap_s3.arn, "${module.ual_iap_s3.arn}/*"]
    actions   = ["s3:PutObject", "s3:GetObject", "s3:ListBucket"]
  }

  statement {
    sid       = "AllowKms"
    effect    = "Allow"
    resources = [module.ual_iap_s3.arn]
    actions = [
      "kms:Decrypt",
      "kms:GenerateDataKey",
    ]
  }

  statement {
    sid    = "AllowXRayAccess"
    effect = "Allow"
    resources = [
      "*"
    ]
    actions = [
      "xray:PutTraceSegments",
      "xray:PutTelemetryRecords",
      "xray:GetSamplingRules",
      "xray:GetSamplingTargets",
      "xray:GetSamplingStatisticSummaries"
    ]
  }
}

//===============Related to Processor Lambda Task Execution Role===================

resource "aws_iam_policy" "ual_iap_processor_lambda_execution" {
  name   = "lpa-iap-processor-${local.environment}"
  policy = data.aws_iam_policy_document.ual_iap_processor_lambda.json
}

resource "aws_iam_role_policy_attachment" "ual_iap_processor_lambda_attachment" {
  role       = module.processor_lamdba.lambda_execution_role.id
  policy_arn = aws_iam_policy.ual_iap_processor_lambda_execution.arn
}

locals { # offline: data "aws_s3_bucket" "sirius" { bucket = "opg-backoffice-datastore-${local.target_environment}" } (S3 API) -> its ARN; data "aws_kms_key" "secrets_manager" { key_id = "alias/secrets-manager-regional-kms-key" } (KMS API) -> its ARN (made-up key id, the environment's account, the provider's region)
  offline_sirius_bucket_arn = "arn:aws:s3:::opg-backoffice-datastore-${local.target_environment}"

  offline_secrets_manager_kms_key_arn = "arn:aws:kms:eu-west-1:${local.account.account_id}:key/5e1c7a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d"
}



// Access policy for the both s3 buckets and the SQS queue
data "aws_iam_policy_document" "ual_iap_processor_lambda" {
  statement {
    sid       = "AllowS3PutInBucket"
    effect    = "Allow"
    resources = [module.ual_iap_s3.arn, "${module.ual_iap_s3.arn}/*"]
    actions   = ["s3:PutObject", "s3:ListBucket"]
  }

  statement {
    sid       = "AllowS3GetInBucket"
    effect    = "Allow"
    resources = [local.offline_sirius_bucket_arn, "${local.offline_sirius_bucket_arn}/*"] # offline: data source -> local
    actions   = ["s3:GetObject", "s3:ListBucket"]
  }

  statement {
    sid       = "AllowSQSReceiveMessage"
    effect    = "Allow"
    resources = [module.iap_queues.queue.arn, module.iap_queues.deadletter_queue.arn]
    actions = [
      "sqs:ReceiveMessage",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:ListQueueTags",
      "sqs:ChangeMessageVisibility",
      "sqs:GetQueueUrl",
      "sqs:PurgeQueue"
    ]
  }

  statement {
    sid       = "AllowGetSecretValue"
    effect    = "Allow"
    resources = [local.offline_jwt_key_secret_arn] # offline: data source -> local
    actions = [
      "secretsmanager:GetSecretValue"
    ]
  }

  statement {
    sid       = "AllowKMSDecryptForSecretManager"
    effect    = "Allow"
    resources = [local.offline_secrets_manager_kms_key_arn] # offline: data source -> local
    actions = [
      "kms:Decrypt"
    ]
  }

  statement {
    sid    = "AllowKms"
    effect = "Allow"
    resources = [
      module.ual_iap_s3.arn,
      local.offline_sirius_bucket_arn, # offline: data source -> local
      module.iap_queues.queue.arn,
      module.iap_queues.deadletter_queue.arn
    ]
    actions = [
      "kms:Decrypt",
      "kms:GenerateDataKey",
    ]
  }

  statement {
    sid    = "AllowXRayAccess"
    effect = "Allow"
    resources = [
      "*"
    ]
    actions = [
      "xray:PutTraceSegments",
      "xray:PutTelemetryRecords",
      "xray:GetSamplingRules",
      "xray:GetSamplingTargets",
      "xray:GetSamplingStatisticSummaries"
    ]
  }

}
