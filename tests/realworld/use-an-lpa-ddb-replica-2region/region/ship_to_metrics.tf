
locals { offline_data_aws_lambda_function_clsf_to_sqs = [for IDX in range(var.ship_metrics_queue_enabled ? 1 : 0) : { arn = "arn:aws:lambda:${data.aws_region.current.name}:123456789012:function:clsf-to-sqs-x", function_name = "clsf-to-sqs-x", qualified_arn = "arn:aws:lambda:${data.aws_region.current.name}:123456789012:function:clsf-to-sqs-x:1", invoke_arn = "arn:aws:apigateway:${data.aws_region.current.name}:lambda:path/2015-03-31/functions/arn:aws:lambda:${data.aws_region.current.name}:123456789012:function:clsf-to-sqs-x/invocations" }] } # offline: was data "aws_lambda_function" "clsf_to_sqs" (provider aws.region), needs the AWS API






resource "aws_cloudwatch_log_subscription_filter" "events" {
  count           = var.ship_metrics_queue_enabled ? 1 : 0
  name            = "${var.environment_name}-clsf-to-sqs"
  log_group_name  = aws_cloudwatch_log_group.application_logs.name
  filter_pattern  = "{ $.context.event_code = * }"
  destination_arn = local.offline_data_aws_lambda_function_clsf_to_sqs[0].arn
  depends_on      = [aws_lambda_permission.allow_cloudwatch]

  provider = aws.region
}

resource "aws_lambda_permission" "allow_cloudwatch" {
  count         = var.ship_metrics_queue_enabled ? 1 : 0
  statement_id  = "${var.environment_name}-AllowExecutionFromCloudWatch"
  action        = "lambda:InvokeFunction"
  function_name = local.offline_data_aws_lambda_function_clsf_to_sqs[0].function_name
  principal     = "logs.${data.aws_region.current.name}.amazonaws.com"
  source_arn    = "${aws_cloudwatch_log_group.application_logs.arn}:*"

  provider = aws.region
}
