# Input variables for Terraform_DEPLOY_AHA.tf (AHA Solution deploy using terraform)
#
# Customize Alerts/Notifications
aha_primary_region="us-east-1"
# offline: upstream ships "" (single region); the README's multi-region deployment sets a second region
aha_secondary_region="us-west-2"
AWSOrganizationsEnabled="No"
AWSHealthEventType="issue | accountNotification | scheduledChange"

# Communication Channels - Slack/Microsoft Teams/Amazon Chime And/or EventBridge
# offline: a placeholder webhook (upstream ships "": the README says to configure at least one endpoint)
SlackWebhookURL="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
MicrosoftTeamsWebhookURL=""
AmazonChimeWebhookURL=""
EventBusName=""

# Email Setup - For Alerting via Email
FromEmail="none@domain.com"
ToEmail="none@domain.com"
Subject="AWS Health Alert"

# More Configurations - Optional
# By default, AHA reports events affecting all AWS regions.
# If you want to report on certain regions you can enter up to 10 in a comma separated format.
EventSearchBack="1"
Regions="all regions"
ManagementAccountRoleArn=""
# offline: upstream ships ""; the README's example file name, a copy of upstream's ExcludeAccountIDs(sample).csv
ExcludeAccountIDs="aha_account_ids.csv"

# Tags applied to all resources - using module provider. Update them per your requirement.
default_tags = {
  Application     = "AHA-Solution"
  Environment     = "PROD"
  auto-delete     = "no"
}

# commands to apply changes
# terraform init
# terraform plan
# terraform apply
