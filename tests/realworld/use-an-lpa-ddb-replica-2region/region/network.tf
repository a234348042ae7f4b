# old network
locals { offline_data_aws_vpc_default = { id = "vpc-081fc7218e51b9b81", cidr_block = "10.162.0.0/16", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:vpc/vpc-081fc7218e51b9b81" } } # offline: was data "aws_vpc" "default" (provider aws.region), needs the AWS API





locals { offline_data_aws_subnets_private = { ids = ["subnet-0878c54792961f7e1a", "subnet-0878c54792961f7e1b", "subnet-0878c54792961f7e1c"], id = "${data.aws_region.current.name}" } } # offline: was data "aws_subnets" "private" (provider aws.region), needs the AWS API












locals { offline_data_aws_subnets_public = { ids = ["subnet-010da1c30541e398aa", "subnet-010da1c30541e398ab", "subnet-010da1c30541e398ac"], id = "${data.aws_region.current.name}" } } # offline: was data "aws_subnets" "public" (provider aws.region), needs the AWS API












# firewalled network
locals { offline_data_aws_availability_zones_available = { names = ["${data.aws_region.current.name}a", "${data.aws_region.current.name}b", "${data.aws_region.current.name}c"], zone_ids = ["z1", "z2", "z3"], id = "${data.aws_region.current.name}" } } # offline: was data "aws_availability_zones" "available" (provider aws.region), needs the AWS API



locals { offline_data_aws_vpc_main = { id = "vpc-026e3e6b911a6dbf7", cidr_block = "10.162.0.0/16", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:vpc/vpc-026e3e6b911a6dbf7" } } # offline: was data "aws_vpc" "main" (provider aws.region), needs the AWS API











locals { offline_data_aws_subnet_application = [for IDX in range(3) : { id = "subnet-01d921b92d68aed7b${IDX}", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:subnet/subnet-01d921b92d68aed7b${IDX}", cidr_block = "10.162.${IDX}.0/24", availability_zone = "${data.aws_region.current.name}${["a","b","c"][IDX]}", vpc_id = "vpc-01d921b92d68aed7b" }] } # offline: was data "aws_subnet" "application" (provider aws.region), needs the AWS API











locals { offline_data_aws_subnet_public = [for IDX in range(3) : { id = "subnet-0504d614dbf735f1d${IDX}", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:subnet/subnet-0504d614dbf735f1d${IDX}", cidr_block = "10.162.${IDX}.0/24", availability_zone = "${data.aws_region.current.name}${["a","b","c"][IDX]}", vpc_id = "vpc-0504d614dbf735f1d" }] } # offline: was data "aws_subnet" "public" (provider aws.region), needs the AWS API










