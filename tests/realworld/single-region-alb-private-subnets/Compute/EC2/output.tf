output "aws_autoscaling_group_id" {
  value = aws_autoscaling_group.DR-Auto-Scaling-Group.id
}

output "name" {
  value = aws_autoscaling_group.DR-Auto-Scaling-Group.name
}

output "arn" {
  value = aws_autoscaling_group.DR-Auto-Scaling-Group.arn
}
