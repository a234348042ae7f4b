# latency-routing: an active-active service in us-east-1 and eu-west-1.
# Route 53 answers with the nearer region's latency record, each with a
# health check on its region's instance, so a failed region's answer is
# withheld and traffic moves to the other: dns passes, as it would with
# failover records. Each region holds compute (both pass); the plan has
# no alarm (monitoring fails).

resource "aws_route53_zone" "shop" {
  provider = aws.primary
  name     = "shop.example.org"
}

resource "aws_instance" "east" {
  provider      = aws.primary
  ami           = "ami-0a1b2c3d4e5f60718"
  instance_type = "m6i.large"
}

resource "aws_instance" "west" {
  provider      = aws.secondary
  ami           = "ami-0f1e2d3c4b5a69788"
  instance_type = "m6i.large"
}

resource "aws_route53_health_check" "east" {
  provider          = aws.primary
  ip_address        = aws_instance.east.public_ip
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 10
}

resource "aws_route53_health_check" "west" {
  provider          = aws.primary
  ip_address        = aws_instance.west.public_ip
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 10
}

resource "aws_route53_record" "east" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "www.shop.example.org"
  type            = "A"
  ttl             = 60
  records         = [aws_instance.east.public_ip]
  set_identifier  = "us-east-1"
  health_check_id = aws_route53_health_check.east.id

  latency_routing_policy {
    region = "us-east-1"
  }
}

resource "aws_route53_record" "west" {
  provider        = aws.primary
  zone_id         = aws_route53_zone.shop.zone_id
  name            = "www.shop.example.org"
  type            = "A"
  ttl             = 60
  records         = [aws_instance.west.public_ip]
  set_identifier  = "eu-west-1"
  health_check_id = aws_route53_health_check.west.id

  latency_routing_policy {
    region = "eu-west-1"
  }
}
