resource "aws_key_pair" "ireland_key" {
  provider   = aws.ireland
  key_name   = "my_aws_key"
  public_key = local.offline_public_key # offline: was file("~/.ssh/my_aws_key.pub")

  tags = {
    Name = "Ireland EC2 Keypair"
  }
}

resource "aws_key_pair" "london_key" {
  provider   = aws.london
  key_name   = "my_aws_key"
  public_key = local.offline_public_key # offline: was file("~/.ssh/my_aws_key.pub")

  tags = {
    Name = "London EC2 Keypair"
  }
}

# offline: the author's public key file (~/.ssh/my_aws_key.pub) is not in the
# repository; a placeholder key of the same form stands for it
locals {
  offline_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOfflinePlaceholderKeyForPlanOnly000000000 offline@example"
}
