# upstream's own example, verbatim, from the recipe's code/README.md
# (aws/dns-load-balancing-route53/code/README.md:116-123, "Using Terraform")
domain_name = "example.com"
environment = "prod" # offline: the README has "production", which variables.tf:7 refuses (dev, staging, prod)
primary_region = "us-east-1"
secondary_region = "eu-west-1"
tertiary_region = "ap-southeast-1"
enable_health_check_notifications = true
