# offline: plangraph's file; the values are those in the example's own comments (main.tf)
domain_name            = "example.com"
hosted_zone_id         = "Z1234567890ABCDEFGHIJ"
primary_alb_dns_name   = "my-alb-1234567890.us-east-1.elb.amazonaws.com"
primary_alb_ip         = "203.0.113.10"
secondary_alb_dns_name = "my-alb-0987654321.us-west-2.elb.amazonaws.com"
secondary_alb_ip       = "203.0.113.20"
