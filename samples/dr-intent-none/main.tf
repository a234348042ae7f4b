# dr-components-per-region: two regions with compute are not a DR design
# on their own. A build controller (instance, load balancer, DNS name) in
# us-east-1 and build agents in us-west-2, joined only by VPC peering:
# nothing replicates and nothing fails over, so there is no DR topology and
# the query has no subject. With --param dr_regions=us-east-1,us-west-2 the
# user declares both DR regions: us-west-2 then lacks the load balancer
# tier, and the plan has no failover DNS and no alarm.
#
# peering-routes-wired: nothing routes through the peering. The subnets
# have no route table association, so they use their VPC's main route
# table, and neither main table gets a route to the peer: both fail.

resource "aws_vpc" "main" {
  provider   = aws.main
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "worker" {
  provider   = aws.worker
  cidr_block = "192.168.0.0/16"
}

resource "aws_internet_gateway" "main" {
  provider = aws.main
  vpc_id   = aws_vpc.main.id
}

resource "aws_subnet" "main" {
  count             = 2
  provider          = aws.main
  vpc_id            = aws_vpc.main.id
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
  cidr_block        = "10.0.${count.index + 1}.0/24"
}

resource "aws_subnet" "worker" {
  provider          = aws.worker
  vpc_id            = aws_vpc.worker.id
  availability_zone = "us-west-2a"
  cidr_block        = "192.168.1.0/24"
}

resource "aws_vpc_peering_connection" "agents" {
  provider    = aws.main
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = aws_vpc.worker.id
  peer_region = "us-west-2"
}

resource "aws_vpc_peering_connection_accepter" "agents" {
  provider                  = aws.worker
  vpc_peering_connection_id = aws_vpc_peering_connection.agents.id
  auto_accept               = true
}

resource "aws_instance" "controller" {
  provider      = aws.main
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.medium"
  subnet_id     = aws_subnet.main[0].id
}

resource "aws_instance" "agent" {
  count         = 2
  provider      = aws.worker
  ami           = "ami-0fedcba9876543210"
  instance_type = "t3.large"
  subnet_id     = aws_subnet.worker.id
}

resource "aws_lb" "controller" {
  provider           = aws.main
  name               = "controller"
  load_balancer_type = "application"
  subnets            = aws_subnet.main[*].id
}

resource "aws_route53_zone" "ci" {
  provider = aws.main
  name     = "ci.acme-builds.io"
}

resource "aws_route53_record" "controller" {
  provider = aws.main
  zone_id  = aws_route53_zone.ci.zone_id
  name     = "jenkins.ci.acme-builds.io"
  type     = "A"
  alias {
    name                   = aws_lb.controller.dns_name
    zone_id                = aws_lb.controller.zone_id
    evaluate_target_health = true
  }
}
