#data to pull in the attributed for RabbitMQ engine
# offline: data "aws_mq_broker_instance_type_offerings" "engine" { engine_type = "RABBITMQ" }
# (Amazon MQ DescribeBrokerInstanceOptions at plan time) removed; both brokers'
# engine_version is a literal: 3.11.20, the newest RabbitMQ version Amazon MQ
# offered when the pattern was committed (2023-11)

#local variable to set json structure of queue policy
locals {
  queue_policy=<<EOF
{
  "x-message-ttl": ${var.ttl}
}
EOF 
}

#deploys the Rabbit MQ cluster in the primary region
resource "aws_mq_broker" "primary" {
  broker_name = "primary"

  engine_type         = "RabbitMQ"
  engine_version      = "3.11.20" # offline: was data.aws_mq_broker_instance_type_offerings.engine.broker_instance_options.0.supported_engine_versions.0
  host_instance_type  = "mq.m5.large"
  deployment_mode     = "CLUSTER_MULTI_AZ"
  publicly_accessible = true

  user {
    username = var.user
    password = var.password
  }
}

#deploys the Rabbit MQ cluster in the secondary region
resource "aws_mq_broker" "secondary" {
  provider = aws.sec
  broker_name = "secondary"

  engine_type         = "RabbitMQ"
  engine_version      = "3.11.20" # offline: was data.aws_mq_broker_instance_type_offerings.engine.broker_instance_options.0.supported_engine_versions.0
  host_instance_type  = "mq.m5.large"
  deployment_mode     = "CLUSTER_MULTI_AZ"
  publicly_accessible = true

  user {
    username = var.user
    password = var.password
  }
}

# offline: the six cyrilgdn/rabbitmq resources that followed here removed (the
# provider is not in the mirror, and they configure the brokers' RabbitMQ,
# not AWS): rabbitmq_federation_upstream.federation and rabbitmq_policy.policy
# (provider rabbitmq.secondary: the secondary broker federates the primary's
# exchanges matching var.regex, uri = "amqps://USER:PASS@" + the primary's
# instances.0.endpoints.0), rabbitmq_queue.demo_pri and rabbitmq_binding.bind_pri
# (default rabbitmq provider: the primary broker), rabbitmq_queue.demo_sec
# (arguments_json = local.queue_policy, the TTL) and rabbitmq_binding.bind_sec
# (rabbitmq.secondary). Each depends_on both brokers. Upstream's main.tf (its
# blob id is in SOURCE.md) has them as they were.
