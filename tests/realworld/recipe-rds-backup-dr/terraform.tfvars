# offline: upstream's one required input without a default (db_password, sensitive), given a dummy value
db_password = "offline-dummy-password"
