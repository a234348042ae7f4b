# offline: added. Upstream's CI (ci/live-pipeline.yml, the prod job that sets
# TF_WORKSPACE=main) passes these as TF_VAR_ variables from its secret store;
# the account id and token are made up, the role has the pipeline's form.
aws_account_id    = "123456789012"
environment       = "prod"
slack_alert_token = "offline-placeholder-token"
deployment_role   = "arn:aws:iam::123456789012:role/spp-concourse-sml-deployment-prod"
