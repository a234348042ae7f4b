variable "cidr" { type = string }
variable "azs" { type = list(string) }
variable "with_asg" { type = bool }
resource "aws_vpc" "v" { cidr_block = var.cidr }
resource "aws_internet_gateway" "g" { vpc_id = aws_vpc.v.id }
resource "aws_subnet" "pub" {
  count             = 2
  vpc_id            = aws_vpc.v.id
  availability_zone = var.azs[count.index]
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
}
resource "aws_route_table" "pub" {
  vpc_id = aws_vpc.v.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.g.id
  }
}
resource "aws_route_table_association" "pub" {
  count          = 2
  subnet_id      = aws_subnet.pub[count.index].id
  route_table_id = aws_route_table.pub.id
}
resource "aws_lb" "alb" {
  name               = "app-alb"
  load_balancer_type = "application"
  subnets            = aws_subnet.pub[*].id
}
resource "aws_lb_target_group" "tg" {
  name     = "app-tg"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.v.id
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.alb.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg.arn
  }
}
resource "aws_launch_template" "lt" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
resource "aws_autoscaling_group" "asg" {
  count               = var.with_asg ? 1 : 0
  name                = "app-asg"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = aws_subnet.pub[*].id
  target_group_arns   = [aws_lb_target_group.tg.arn]
  launch_template {
    id      = aws_launch_template.lt.id
    version = "$Latest"
  }
}
resource "aws_instance" "worker" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.pub[0].id
}
output "alb_dns_name" { value = aws_lb.alb.dns_name }
