# offline: upstream's four required network inputs (no defaults), given
# literal ids of existing VPCs and subnets, two subnets per region as the
# variables' validations require
primary_vpc_id       = "vpc-0a1b2c3d4e5f60001"
primary_subnet_ids   = ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"]
secondary_vpc_id     = "vpc-0a1b2c3d4e5f60002"
secondary_subnet_ids = ["subnet-0a1b2c3d4e5f60021", "subnet-0a1b2c3d4e5f60022"]
