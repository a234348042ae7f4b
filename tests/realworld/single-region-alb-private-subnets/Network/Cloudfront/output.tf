output "cloudfront_distribution_id" {
  value = aws_cloudfront_distribution.app_distribution.id
}

output "cloudfront_distribution_arn" {
  value = aws_cloudfront_distribution.app_distribution.arn
}

