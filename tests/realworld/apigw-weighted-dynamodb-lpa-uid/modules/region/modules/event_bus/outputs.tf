output "event_bus" {
  value = aws_cloudwatch_event_bus.main
}
