# offline: upstream's default ["error", "general", "slow-query"] is refused by the
# provider ("slow-query" is no RDS log type); "slowquery" is the MySQL slow query log.
enable_cloudwatch_logs_exports = ["error", "general", "slowquery"]
