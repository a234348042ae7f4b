region = "us-east-1"

region_peer = "sa-east-1"

vpc_ssm = "/linuxtips-multiregion/vpc/vpc_id"

vpc_ssm_peer = "/linuxtips-multiregion/vpc/vpc_id"