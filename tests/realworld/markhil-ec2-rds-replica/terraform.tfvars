# offline: the two root variables without a default (upstream's README names a
# terraform.tfvars it does not commit); values are placeholders
db_password        = "offline-placeholder-1"
rds_instance_class = "db.t3.micro"
