# offline: the root variables without defaults, from upstream's
# terraform.tfvars.example (project_name, environment, primary_region,
# dr_region; upstream keeps terraform.tfvars out of git); the e-mail is a
# placeholder for gmail_alert_email (the example calls it alert_email)
project_name      = "drass"
environment       = "prod"
primary_region    = "us-east-1"
dr_region         = "us-west-2"
gmail_alert_email = "your-email@example.com"
