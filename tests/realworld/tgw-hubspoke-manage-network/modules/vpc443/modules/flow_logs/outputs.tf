output "flow_log" {
  description = "Flow Log information."
  value       = aws_flow_log.main
}
