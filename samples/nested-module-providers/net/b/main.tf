variable "vpc_id" {}
module "c" {
  source = "./c"
  vpc_id = var.vpc_id
}
