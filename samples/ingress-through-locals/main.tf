# no-open-ingress on rules whose security_group_id comes through a local
# value (as terraform-aws-modules/security-group writes it:
# local.this_sg_id, the new group or a given one), in a plan with no load
# balancer. Plan JSON does not say which group such a rule is in, but no
# group of this plan has a load balancer's listener ports to allow, so
# PostgreSQL open to 0.0.0.0/0 fails and HTTPS open to it passes, as they
# would for a rule whose group is known (the rules were unknown, "takes
# security_group_id from a local value", before).

module "db_sg" {
  source    = "./modules/sg"
  providers = { aws = aws.primary }
  name      = "orders-db"
  port      = 5432
}

module "web_sg" {
  source    = "./modules/sg"
  providers = { aws = aws.primary }
  name      = "orders-web"
  port      = 443
}
