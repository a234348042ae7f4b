# offline: resource "local_file" "appspec" {   # offline: block commented out: hashicorp/local and hashicorp/null are not in the offline mirror; count 0 here (deployment_controller "ECS")
# offline:   count    = var.deployment_controller == "CODE_DEPLOY" ? 1 : 0
# offline:   filename = "${path.module}/${aws_codedeploy_app.main[count.index].name}.yaml"
# offline:   content = templatefile("${path.module}/files/codedeploy/appspec.yaml.tpl", {
# offline:     APPLICATION_NAME    = aws_codedeploy_app.main[count.index].name
# offline:     TASK_DEFINITION_ARN = aws_ecs_task_definition.main.arn
# offline:     CONTAINER_NAME      = var.service_name
# offline:     CONTAINER_PORT      = var.service_port
# offline:     CAPACITY_PROVIDERS  = var.service_launch_type
# offline:   })
# offline: }
#
# offline: resource "null_resource" "deploy_codedeploy" {
# offline:   count = var.deployment_controller == "CODE_DEPLOY" ? 1 : 0
#
# offline:   provisioner "local-exec" {
# offline:     command = "aws deploy create-deployment --cli-input-yaml file://${path.module}/${aws_codedeploy_app.main[count.index].name}.yaml"
# offline:     environment = {
# offline:       AWS_REGION = var.region
# offline:     }
# offline:   }
#
# offline:   triggers = {
# offline:     task_definition = aws_ecs_task_definition.main.revision
# offline:   }
#
# offline:   depends_on = [
# offline:     aws_ecs_service.main,
# offline:     aws_ecs_task_definition.main,
# offline:     aws_codedeploy_app.main,
# offline:     aws_codedeploy_deployment_group.main,
# offline:     local_file.appspec
# offline:   ]
#
# offline: }