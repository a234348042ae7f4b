# S3 for Frontend already created while creting backened bucket
resource "aws_s3_bucket" "frontend" {
  bucket = var.frontend_bucket_name
  tags = {
    Name = var.frontend_bucket_name
  }
}

resource "aws_s3_bucket_website_configuration" "frontend_website" {
  bucket = aws_s3_bucket.frontend.id

  index_document {
    suffix = "index.html"
  }
}

resource "aws_s3_bucket_public_access_block" "frontend" {
  bucket = aws_s3_bucket.frontend.id

  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_policy" "frontend_policy" {
  bucket = aws_s3_bucket.frontend.id
  policy = jsonencode({
    Version = "2012-10-17",
    Statement = [{
      Sid       = "PublicReadGetObject",
      Effect    = "Allow",
      Principal = "*",
      Action    = ["s3:GetObject"],
      Resource  = ["${aws_s3_bucket.frontend.arn}/*"]
    }]
  })

  depends_on = [aws_s3_bucket_public_access_block.frontend]
}


# offline: data "archive_file" "lambda_read" and "lambda_write" (zips of
# ../lambda_functions/read and /write into ../read.zip and ../write.zip) are
# literals: hashicorp/archive is not in the mirror; the hashes are placeholders
locals {
  offline_archive = {
    lambda_read  = { output_path = "../read.zip", output_base64sha256 = "b2ZmbGluZS1yZWFkLXppcC1zaGEyNTYtcGxhY2Vob2xkZXI=" }
    lambda_write = { output_path = "../write.zip", output_base64sha256 = "b2ZmbGluZS13cml0ZS16aXAtc2hhMjU2LXBsYWNlaG9sZGVy" }
  }
}

resource "aws_s3_object" "lambda_read" {
  bucket = aws_s3_bucket.frontend.id

  key    = "lambda/read_function.zip"
  source = local.offline_archive.lambda_read.output_path # offline: was data.archive_file.lambda_read.output_path

  etag = "00000000000000000000000000000001" # offline: was filemd5(data.archive_file.lambda_read.output_path), a zip built at plan time
}

resource "aws_s3_object" "lambda_write" {
  bucket = aws_s3_bucket.frontend.id

  key    = "lambda/write_function.zip"
  source = local.offline_archive.lambda_write.output_path # offline: was data.archive_file.lambda_write.output_path

  etag = "00000000000000000000000000000002" # offline: was filemd5(data.archive_file.lambda_write.output_path), a zip built at plan time
}

resource "aws_s3_object" "index_html" {
  bucket = aws_s3_bucket.frontend.id

  key    = "index.html"
  source = "../index.html"
  etag   = "00000000000000000000000000000003" # offline: was filemd5("../index.html"), a file outside serverless_app/
}

