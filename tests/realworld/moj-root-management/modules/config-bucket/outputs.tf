output "bucket_name" {
  description = "Bucket name"
  value       = module.s3_bucket.bucket_name
}
