# A function module written as terraform-aws-modules/lambda writes it: the
# vpc_config block is dynamic, filled from the inputs vpc_subnet_ids and
# vpc_security_group_ids. Plan JSON drops a dynamic block's expressions.

variable "name" { type = string }
variable "role_arn" { type = string }

variable "vpc_subnet_ids" {
  type    = list(string)
  default = null
}

variable "vpc_security_group_ids" {
  type    = list(string)
  default = null
}

resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = var.role_arn
  runtime       = "python3.12"
  handler       = "index.handler"
  s3_bucket     = "acme-artifacts"
  s3_key        = "${var.name}.zip"

  dynamic "vpc_config" {
    for_each = var.vpc_subnet_ids != null && var.vpc_security_group_ids != null ? [true] : []
    content {
      subnet_ids         = var.vpc_subnet_ids
      security_group_ids = var.vpc_security_group_ids
    }
  }
}
