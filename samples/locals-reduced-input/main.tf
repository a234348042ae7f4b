# same-region-references through a module input that `terraform graph`
# hides. The standby database's module is called with depends_on on the
# primary's module and handed the primary's subnet group by mistake (as a
# copied module block does); inside the module the group's name reaches the
# instance through two locals (terraform-aws-rds-aurora's
# local.db_subnet_group_name). terraform graph prints a transitive
# reduction, so the standby's input shows no edge to the group it names:
# the path through the call's `module.db_standby (expand)` node, which
# waits for the primary's module, already reaches it. The plan's module
# call still records the argument, and with tf-graph-plan.dot the standby's
# instance must fail (a us-west-2 database in a us-east-1 subnet group),
# not pass as if it named no group; without the graph it is unknown.

resource "aws_db_subnet_group" "primary" {
  name       = "orders-primary"
  subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_db_subnet_group" "standby" {
  provider   = aws.dr
  name       = "orders-standby"
  subnet_ids = ["subnet-0f1e2d3c4b5a60001", "subnet-0f1e2d3c4b5a60002"]
}

module "db_primary" {
  source       = "./modules/db"
  name         = "orders-primary"
  subnet_group = aws_db_subnet_group.primary.id
}

module "db_standby" {
  source       = "./modules/db"
  providers    = { aws = aws.dr }
  name         = "orders-standby"
  subnet_group = aws_db_subnet_group.primary.id
  depends_on   = [module.db_primary]
}
