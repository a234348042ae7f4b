locals { offline_data_aws_wafv2_web_acl_main = { arn = "arn:aws:wafv2:${data.aws_region.current.name}:123456789012:regional/webacl/x-x-web-acl/fd7b8770-b971-bdf2-c347-c8d0653fef96", id = "fd7b8770-b971-bdf2-c347-c8d0653fef96", name = "x-x-web-acl" } } # offline: was data "aws_wafv2_web_acl" "main" (provider aws), needs the AWS API




resource "aws_wafv2_web_acl_association" "front" {
  count        = var.account.associate_alb_with_waf_web_acl_enabled ? 1 : 0
  resource_arn = aws_lb.front.arn
  web_acl_arn  = local.offline_data_aws_wafv2_web_acl_main.arn
}

resource "aws_wafv2_web_acl_association" "admin" {
  count        = var.account.associate_alb_with_waf_web_acl_enabled ? 1 : 0
  resource_arn = aws_lb.admin.arn
  web_acl_arn  = local.offline_data_aws_wafv2_web_acl_main.arn
}
