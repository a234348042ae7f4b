db_password = "YourSecurePassword123!"
# offline: aws_region added (no default upstream; README and Jenkinsfile of later commits: primary us-east-1)
aws_region  = "us-east-1"
