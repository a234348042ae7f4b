# ami-from-lookup: lookups in the same and in another region, a constant,
# an AMI copy, and a launch template that sets no image.

data "aws_ami" "al2023" {
  provider    = aws.primary
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
  depends_on = [aws_rds_global_cluster.sales]
}

data "aws_ami" "al2023_eu" {
  provider    = aws.secondary
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }
  depends_on = [aws_rds_global_cluster.sales]
}

# passes: looked up in us-east-1
resource "aws_instance" "bastion" {
  provider      = aws.primary
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
}

# fails: a us-east-1 launch template with the eu-west-1 lookup
resource "aws_launch_template" "batch" {
  provider      = aws.primary
  name_prefix   = "batch-"
  image_id      = data.aws_ami.al2023_eu.id
  instance_type = "m6i.large"
}

# for_each: "web" passes (same-region lookup), "legacy" fails (constant)
resource "aws_launch_template" "fleet" {
  for_each      = { web = data.aws_ami.al2023_eu.id, legacy = "ami-0123456789abcdef0" }
  provider      = aws.secondary
  name_prefix   = "${each.key}-"
  image_id      = each.key == "web" ? data.aws_ami.al2023_eu.id : "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

# fails: a constant in a launch configuration
resource "aws_launch_configuration" "old" {
  provider      = aws.primary
  name_prefix   = "old-"
  image_id      = "ami-0fedcba9876543210"
  instance_type = "m5.large"
}

# passes: an AMI copied into eu-west-1
resource "aws_ami_copy" "golden" {
  provider          = aws.secondary
  name              = "golden"
  source_ami_id     = data.aws_ami.al2023.id
  source_ami_region = "us-east-1"
}

resource "aws_instance" "golden" {
  provider      = aws.secondary
  ami           = aws_ami_copy.golden.id
  instance_type = "m6i.large"
}

# No subject: takes its image from elsewhere (an EKS node group would).
resource "aws_launch_template" "nodes" {
  provider      = aws.primary
  name_prefix   = "nodes-"
  instance_type = "m6i.large"
}
