output "vpc_id" {
  value = aws_vpc.main.id
}

output "vpc_cidr" {
  value = aws_vpc.main.cidr_block
}

output "public_route_table_id" {
  value = aws_route_table.public.id
}

output "private_route_table_id" {
  value = aws_route_table.private.id
}

output "alb_dns_name" {
  value = aws_lb.app.dns_name
}

output "alb_zone_id" {
  value = aws_lb.app.zone_id
}

output "kms_key_arn" {
  value = aws_kms_key.data.arn
}

output "cluster_id" {
  value = aws_rds_cluster.db.id
}

output "bucket_id" {
  value = aws_s3_bucket.exports.id
}

output "bucket_arn" {
  value = aws_s3_bucket.exports.arn
}

output "versioning_id" {
  value = aws_s3_bucket_versioning.exports.id
}

output "alerts_topic_arn" {
  value = aws_sns_topic.alerts.arn
}

output "event_bus_name" {
  value = aws_cloudwatch_event_bus.dr.name
}

output "event_bus_arn" {
  value = aws_cloudwatch_event_bus.dr.arn
}
