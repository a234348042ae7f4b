# offline: data "aws_route53_zone" "example_com" (Route 53 at plan time,
# provider aws.virginia, name = "example.com") becomes a made-up zone id
locals {
  offline_example_com_zone_id = "Z0123456789ABCDEFGHIJ"
}
