# no-open-ingress on inline blocks, separate rules, count, a port known only
# after apply, a CIDR known only after apply, and a rule being deleted
# (aws_security_group_rule.ssh_legacy is in the state only).

resource "aws_security_group" "web" {
  provider = aws.primary
  name     = "web"
  vpc_id   = aws_vpc.main.id

  # passes: 443 only
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # fails: SSH from anywhere
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }

  # fails: 80-443 opens 81..442 too
  ingress {
    from_port   = 80
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # passes: ICMP opens no port
  ingress {
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # fails: PostgreSQL from the IPv6 internet
  ingress {
    from_port        = 5432
    to_port          = 5432
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }

  # no subject: only the VPC
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.30.0.0/16"]
  }
}

# count: [0] opens 80 (passes), [1] opens 8080 (fails)
resource "aws_security_group_rule" "app" {
  count             = 2
  provider          = aws.primary
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = [80, 8080][count.index]
  to_port           = [80, 8080][count.index]
  cidr_blocks       = ["0.0.0.0/0"]
}

# no subject: egress
resource "aws_security_group_rule" "out" {
  provider          = aws.primary
  type              = "egress"
  security_group_id = aws_security_group.web.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}

# fails: every protocol and port
resource "aws_vpc_security_group_ingress_rule" "all" {
  provider          = aws.primary
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

# passes: 443 over IPv6
resource "aws_vpc_security_group_ingress_rule" "https6" {
  provider          = aws.primary
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv6         = "::/0"
}

# undecided: the port comes from a parameter read at apply
data "aws_ssm_parameter" "admin_port" {
  provider   = aws.primary
  name       = "/net/admin-port"
  depends_on = [aws_eip.nat]
}

resource "aws_security_group_rule" "admin" {
  provider          = aws.primary
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = tonumber(data.aws_ssm_parameter.admin_port.insecure_value)
  to_port           = tonumber(data.aws_ssm_parameter.admin_port.insecure_value)
  cidr_blocks       = ["0.0.0.0/0"]
}

# A CIDR known only after apply (the partner network's range, read from a
# parameter once the NAT address exists): the plan cannot tell whether
# these rules are open to the internet. On port 80 alone, open or not,
# nothing is wrong: no subject. On port 22: undecided.
data "aws_ssm_parameter" "partner_cidr" {
  provider   = aws.primary
  name       = "/net/partner-cidr"
  depends_on = [aws_eip.nat]
}

resource "aws_security_group_rule" "partner_http" {
  provider          = aws.primary
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = [data.aws_ssm_parameter.partner_cidr.insecure_value]
}

resource "aws_security_group_rule" "partner_ssh" {
  provider          = aws.primary
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = [data.aws_ssm_parameter.partner_cidr.insecure_value]
}

# The partner VPC's own range, also known only after apply, is never
# 0.0.0.0/0 (AWS sizes a VPC's blocks from /16 to /28): no subject.
data "aws_vpc" "partner" {
  provider   = aws.primary
  depends_on = [aws_eip.nat]
  filter {
    name   = "tag:Name"
    values = ["partner"]
  }
}

resource "aws_security_group_rule" "partner_vpc_ssh" {
  provider          = aws.primary
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = [data.aws_vpc.partner.cidr_block]
}
