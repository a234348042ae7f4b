variable "alb_arn" {
  type    = string
}