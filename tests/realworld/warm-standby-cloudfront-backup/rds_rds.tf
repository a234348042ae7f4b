resource "aws_db_instance" "webapp_db" {
  identifier              = "${var.project_name}-db"
  allocated_storage       = 20
  engine                  = "mysql"
  engine_version          = "8.0"
  instance_class          = "db.t3.micro"
  db_name                 = "webappdb" # offline: was name = (argument removed in hashicorp/aws 5.x)
  username                = var.db_username
  password                = var.db_password
  db_subnet_group_name    = aws_db_subnet_group.rds_subnet_group.name
  vpc_security_group_ids  = [local.offline_db_sg_id] # offline: was [aws_security_group.db_sg.id] (declared nowhere)
  multi_az                = true
  publicly_accessible     = false
  skip_final_snapshot     = true
  backup_retention_period = 7

  tags = {
    Name = "${var.project_name}-db"
  }
}
