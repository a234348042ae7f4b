# offline: audit_s3_bucket_name has no default; upstream's test passes a
# random UUID (test/simple_test.go). A fixed name here (SOURCE.md).
audit_s3_bucket_name = "secure-baseline-audit-logs-123456789012"
