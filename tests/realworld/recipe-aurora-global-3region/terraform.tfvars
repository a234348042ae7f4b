# offline: upstream's defaults (project_name "ecommerce-global", environment
# "production") make the IAM role "ecommerce-global-production-rds-enhanced-monitoring-ap-southeast-1",
# 65 characters, which the provider refuses (64 at most). A shorter environment
# name, "prod", is the only value changed.
environment = "prod"
