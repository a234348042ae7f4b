# Route53 Variables

variable "route53_hosted_zone_id" {
}

variable "route53_api_subdomain" {
}

variable "api_endpoint_a" {
}

variable "api_endpoint_b" {
}
