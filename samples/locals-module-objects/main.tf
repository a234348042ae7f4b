# same-region-references through a module's locals, from the plan alone:
# - module.orders (eu-west-1) and module.reports (us-east-1) each make
#   their parameter group, named by a literal argument: the instance's
#   parameter_group_name can only be that group, of its own region. No
#   module makes an option group and the plan holds none, so
#   option_group_name names nothing of the plan. Both pass (they were
#   undecided).
# - module.audit makes no parameter group but the plan holds two: which
#   one its local could give, the plan alone cannot tell, so it stays
#   undecided (the terraform graph says it is none).
# - The modules' vpc_security_group_ids is a list from a local too:
#   module.orders and module.reports make their security group and are
#   handed none, so the list can hold only that group (they pass; they
#   would be undecided were it not for the rule); module.ledger makes
#   one but is also handed aws_security_group.shared, which the list holds
#   too: by the plan alone it stays undecided.
# - module.wrapped holds no resource of its own: its submodules make the
#   parameter group and the instance, and the group's name reaches the
#   instance through module.wrapped's local. Module.wrapped and its
#   submodules make one parameter group, so that is what the local gives:
#   it passes.

module "orders" {
  source                 = "./modules/db"
  name                   = "orders"
  create_parameter_group = true
  parameter_group_name   = "orders-pg16"
  create_security_group  = true
}

module "reports" {
  source                 = "./modules/db"
  name                   = "reports"
  create_parameter_group = true
  parameter_group_name   = "reports-pg16"
  create_security_group  = true
  providers              = { aws = aws.use1 }
}

module "audit" {
  source = "./modules/db"
  name   = "audit"
}

resource "aws_security_group" "shared" {
  name        = "shared-db-clients"
  description = "clients of every database"
}

module "ledger" {
  source                 = "./modules/db"
  name                   = "ledger"
  create_parameter_group = true
  parameter_group_name   = "ledger-pg16"
  create_security_group  = true
  security_group_ids     = [aws_security_group.shared.id]
}

module "wrapped" {
  source = "./modules/wrapper"
  name   = "wrapped"
}
