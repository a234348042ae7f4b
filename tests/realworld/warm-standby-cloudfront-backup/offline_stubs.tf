# offline: everything in this file is NOT upstream. Upstream references these names but declares
# them nowhere (README: "Edit variables.tf to set values like project_name, key_pair_name, and domain_name").

variable "key_pair_name" { default = "webapp-key" }          # offline: referenced by ec2/launch_templates.tf:15,40, never declared
variable "db_username" { default = "admin" }                 # offline: referenced by rds/rds.tf:8, never declared
variable "db_password" {                                     # offline: referenced by rds/rds.tf:9, never declared
  default   = "offline-placeholder-pw"
  sensitive = true
}
variable "acm_certificate_arn" {                             # offline: referenced by cloudfront/distribution.tf:48, never declared
  default = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

locals {
  # offline: aws_lb.web_alb_secondary (route53/health_checks.tf:11, route53/records.tf:26-27) is declared
  # nowhere upstream: no load balancer exists in us-west-2. Stand-in literals of an ALB that this root does not manage.
  offline_web_alb_secondary_dns_name = "webapp-web-alb-secondary-1234567890.us-west-2.elb.amazonaws.com"
  offline_web_alb_secondary_zone_id  = "Z1H1FL5HABSF5" # us-west-2 ELB hosted zone id
  # offline: aws_security_group.db_sg (rds/rds.tf:11) is declared nowhere upstream; stand-in id
  offline_db_sg_id = "sg-0db0000000000000a"
}
