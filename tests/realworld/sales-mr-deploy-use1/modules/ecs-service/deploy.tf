# offline: resource "null_resource" "deploy_ecs" {   # offline: block commented out: hashicorp/null is not in the offline mirror; a local-exec deploy (aws ecs update-service), no AWS resource
# offline:   count = var.deployment_controller == "ECS" ? 1 : 0
#
# offline:   provisioner "local-exec" {
# offline:     command = "aws ecs update-service --cluster ${var.cluster_name} --service ${aws_ecs_service.main.name} --task-definition ${aws_ecs_task_definition.main.arn}"
# offline:     environment = {
# offline:       AWS_REGION = var.region
# offline:     }
# offline:   }
#
# offline:   triggers = {
# offline:     task_definition = aws_ecs_task_definition.main.revision
# offline:   }
#
# offline:   depends_on = [aws_ecs_service.main, aws_ecs_task_definition.main]
#
# offline: }