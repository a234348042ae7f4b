/* Outputs */
output "lb_dns_name" {
  value = aws_lb.demo.dns_name
}
