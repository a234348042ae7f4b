# offline: upstream ships no tfvars; the root's variables without a default
# get the values of README.md's "Usage" example, literals where the example
# names the caller's resources (see SOURCE.md)
name             = "platform"
primary_region   = "eu-central-1"
secondary_region = "eu-west-1"

hosted_zone_id = "Z1234567890ABC"
record_name    = "app.example.com"

# aws_lb.primary / aws_lb.standby of the caller (ALBs in each region)
primary_alias_name      = "platform-primary-1234567890.eu-central-1.elb.amazonaws.com"
primary_alias_zone_id   = "Z215JYRZR1TBD5"
secondary_alias_name    = "platform-standby-1234567890.eu-west-1.elb.amazonaws.com"
secondary_alias_zone_id = "Z32O12XQLNTSW2"

primary_health_check_fqdn   = "eu-central-1.example.com"
secondary_health_check_fqdn = "eu-west-1.example.com"

# aws_s3_bucket.app and aws_kms_key.app of the caller (primary region)
source_bucket_id        = "platform-app"
source_bucket_arn       = "arn:aws:s3:::platform-app"
source_kms_key_arn      = "arn:aws:kms:eu-central-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
destination_bucket_name = "platform-dr-replica"

# aws_db_instance.primary of the caller, module.standby_network outputs
source_db_arn        = "arn:aws:rds:eu-central-1:123456789012:db:platform-primary"
secondary_vpc_id     = "vpc-0a1b2c3d4e5f60718"
secondary_subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]

# aws_sns_topic.oncall of the caller (primary region)
alarm_sns_topic_arns = ["arn:aws:sns:eu-central-1:123456789012:oncall"]
