# offline: upstream's default master_password = null fails its own validation
# (variables.tf:89, length(null): terraform 1.11 does not short-circuit ||), so a
# password is given; upstream's random_password.master_password would have had count = 0 then.
master_password = "Offline-Placeholder-Pw1"
