# kms-key-per-region where the plan shows no region (both providers take
# theirs from local values of the workspace): a queue and the key it names on one provider
# configuration are in one region, whichever it is, so the queue passes
# (it was unknown); a queue on one provider naming the key of the other
# stays unknown, as the plan cannot tell whether the two regions differ.

resource "aws_kms_key" "jobs" {
  provider    = aws.region2
  description = "jobs"
}

resource "aws_sqs_queue" "jobs" {
  provider          = aws.region2
  name              = "jobs"
  kms_master_key_id = aws_kms_key.jobs.arn
}

resource "aws_sqs_queue" "audit" {
  name              = "audit"
  kms_master_key_id = aws_kms_key.jobs.arn
}
