output "opg_metrics_api_destination_arn" {
  value = aws_cloudwatch_event_api_destination.opg_metrics_put.arn
}
