// Creates a peering between VPCs in the same account, but different regions
module "single_account_multi_region" {
  source = "./modules/vpc-peering" # offline: upstream "../../"

  providers = {
    aws.this = aws.this
    aws.peer = aws.peer
  }

  # offline: upstream takes var.this_vpc_id / var.peer_vpc_id from the
  # terratest fixture (test/fixtures/single-account-multi-region, here
  # fixtures.tf); wired as upstream's examples/module-depends-on does
  this_vpc_id  = aws_vpc.this.id
  peer_vpc_id  = aws_vpc.peer.id
  this_rts_ids = aws_route_table.this.*.id
  peer_rts_ids = aws_route_table.peer.*.id

  auto_accept_peering = true

  tags = {
    Name        = "tf-single-account-multi-region"
    Environment = "Test"
  }
}
