data "aws_default_tags" "current" {
}
