# One instance per region, each meant to use its region's subnet.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", configuration_aliases = [aws.r0, aws.r1] }
  }
}

variable "subnets" { type = list(list(string)) }
variable "solo" { type = string }

resource "aws_network_interface" "r0" {
  provider  = aws.r0
  subnet_id = var.subnets[0][0]
}

resource "aws_network_interface" "r1" {
  provider  = aws.r1
  subnet_id = var.subnets[1][0]
}

resource "aws_network_interface" "r1_logs" {
  provider  = aws.r1
  subnet_id = var.solo
}
