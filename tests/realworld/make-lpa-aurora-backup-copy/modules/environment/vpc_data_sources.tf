locals { offline_data_aws_vpc_default = { id = "vpc-081fc7218e51b9b81", cidr_block = "10.162.0.0/16", arn = "arn:aws:ec2:${data.aws_region.current.name}:123456789012:vpc/vpc-081fc7218e51b9b81" } } # offline: was data "aws_vpc" "default" (provider aws), needs the AWS API



locals { offline_data_aws_subnets_private = { ids = ["subnet-0878c54792961f7e1a", "subnet-0878c54792961f7e1b", "subnet-0878c54792961f7e1c"], id = "${data.aws_region.current.name}" } } # offline: was data "aws_subnets" "private" (provider aws), needs the AWS API









locals { offline_data_aws_subnets_public = { ids = ["subnet-010da1c30541e398aa", "subnet-010da1c30541e398ab", "subnet-010da1c30541e398ac"], id = "${data.aws_region.current.name}" } } # offline: was data "aws_subnets" "public" (provider aws), needs the AWS API










locals { offline_allowed_ip_list = { moj_sites = ["81.134.202.29/32", "194.33.192.0/25", "194.33.196.0/25", "195.59.75.0/24", "213.121.161.112/28", "51.149.250.0/24"] } } # offline: was module "allowed_ip_list" (github.com/ministryofjustice/terraform-aws-moj-ip-whitelist.git?ref=v2.3.2), MoJ office CIDRs; not fetchable here


