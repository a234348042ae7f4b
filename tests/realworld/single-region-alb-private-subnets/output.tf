# output "instance_id" {
#   value = module.ec2.instance_id
# }

# output "instance_arn" {
#   value = module.ec2.instance_arn
# }

