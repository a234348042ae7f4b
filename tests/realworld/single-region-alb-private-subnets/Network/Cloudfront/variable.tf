variable "alb_dns_name" {
  type    = string
}

variable "alb_zone_id" {
  type    = string
}

variable "alb_name" {
  type    = string
}









