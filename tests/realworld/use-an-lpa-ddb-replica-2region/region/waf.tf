locals { offline_data_aws_wafv2_web_acl_main = { arn = "arn:aws:wafv2:${data.aws_region.current.name}:123456789012:regional/webacl/x-web-acl/6dfdc8d3-3d90-1842-0c94-0be474d1a5ea", id = "6dfdc8d3-3d90-1842-0c94-0be474d1a5ea", name = "x-web-acl" } } # offline: was data "aws_wafv2_web_acl" "main" (provider aws.region), needs the AWS API






resource "aws_wafv2_web_acl_association" "use" {
  count        = var.associate_alb_with_waf_web_acl_enabled ? 1 : 0
  resource_arn = aws_lb.use.arn
  web_acl_arn  = local.offline_data_aws_wafv2_web_acl_main.arn

  provider = aws.region
}

resource "aws_wafv2_web_acl_association" "viewer" {
  count        = var.associate_alb_with_waf_web_acl_enabled ? 1 : 0
  resource_arn = aws_lb.viewer.arn
  web_acl_arn  = local.offline_data_aws_wafv2_web_acl_main.arn

  provider = aws.region
}
