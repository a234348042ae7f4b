# offline: data "aws_secretsmanager_secret" "environment_management" and its
# "aws_secretsmanager_secret_version" (provider aws.modernisation-secrets-read,
# Secrets Manager at plan time) -> local.offline_environment_management, the
# decoded secret_string with made-up account ids for the workspaces this plan
# reads (see SOURCE.md)
locals {
  offline_environment_management = {
    account_ids = {
      "sprinkler-development"   = "111122223333"
      "core-logging-production" = "444455556666"
    }
  }
}
