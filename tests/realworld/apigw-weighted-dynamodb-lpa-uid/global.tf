module "global" {
  source = "./modules/global" # offline: was "./global"
  providers = {
    aws = aws.global
  }
}
