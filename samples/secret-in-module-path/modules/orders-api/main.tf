# The service's module, in a folder named as the parameter's value.

resource "aws_kms_key" "logs" {
  description = "logs"
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "/app/orders"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
