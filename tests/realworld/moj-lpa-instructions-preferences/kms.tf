locals { # offline: data "aws_kms_key" "ual_iap_s3" { key_id = "alias/lpa-iap-s3-${local.account.name}" } (KMS API; the key of the account stack, terraform/account/kms.tf) -> its id (key id) and ARN, made-up key id, the environment's account, the provider's region
  offline_kms_key_ual_iap_s3 = { id = "1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d", arn = "arn:aws:kms:eu-west-1:${local.account.account_id}:key/1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d" }
}

locals { # offline: data "aws_kms_key" "lpa_iap_logs" { key_id = "alias/lpa-iap-logs-${local.account.name}" } (KMS API) -> likewise
  offline_kms_key_lpa_iap_logs = { id = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f", arn = "arn:aws:kms:eu-west-1:${local.account.account_id}:key/9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f" }
}
