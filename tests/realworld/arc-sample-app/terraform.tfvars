# offline: the value upstream's test (test/examples_basic_test.go) passes
allowed_ips = ["127.0.0.1/32"]
