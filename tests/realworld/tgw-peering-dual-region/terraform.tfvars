# offline: upstream's README (Step 2) asks for this file with the deployer's
# public IP; 203.0.113.10 is a documentation address (RFC 5737)
my_ip_address = "203.0.113.10"
