# offline: added for this case (upstream ships no tfvars): the deploy
# example's switch for the two-region design it describes, "Setup Aurora
# Global Database with 1 Primary and 1 X-region Secondary cluster"
# (variables.tf). Everything else is upstream's default.
setup_globaldb = true
