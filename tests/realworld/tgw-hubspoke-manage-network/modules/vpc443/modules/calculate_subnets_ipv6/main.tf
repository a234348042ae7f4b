locals {
  # group subnets by type and create names for each type
  type_grouped_named_subnets_to_build = { for name, subnet_definition in var.subnets : name => [for _, az in var.azs : "${name}/${az}"] }
  # which network groups require calculating subnet
  types_to_calculate = [for type, subnet_definition in var.subnets : type if can(subnet_definition.assign_ipv6_cidr)]
  # network groups that are set explicitly
  types_with_explicit = [for type, subnet_definition in var.subnets : type if can(subnet_definition.ipv6_cidrs)]

  # network object to pass to calculating module
  calculated_subnet_objects = flatten([for _, type in local.types_to_calculate : [for _, v in local.type_grouped_named_subnets_to_build[type] : {
    "name"    = v
    "netmask" = 64
    }
  ]])

  # map of explicit cidrs to az
  explicit_cidrs_grouped = { for _, type in local.types_with_explicit : type => zipmap(var.azs, var.subnets[type].ipv6_cidrs[*]) }
}

# offline: module "subnet_calculator" (drewmullen/subnets/cidr 1.0.2, MPL-2.0,
# not copied) replaced by the same computation in locals: cidrsubnets() of
# the base block with each network's new bits, grouped by the part before
# "/" (the module's grouped_by_separator output, separator "/").
locals {
  sc_base    = var.cidr_ipv6
  sc_netmask = length(local.types_to_calculate) == 0 ? 0 : tonumber(split("/", local.sc_base)[1])
  sc_bits    = [for v in local.calculated_subnet_objects : { name = v.name, new_bits = tonumber(v.netmask - local.sc_netmask) }]
  sc_addrs   = length(local.types_to_calculate) == 0 ? [] : cidrsubnets(local.sc_base, local.sc_bits[*].new_bits...)
  sc_by_name = { for i, n in local.sc_bits : n.name => local.sc_addrs[i] }
  sc_types   = toset([for name, _ in local.sc_by_name : split("/", name)[0]])
  subnet_calculator_grouped = { for type in local.sc_types : type => { for name, cidr in local.sc_by_name : split("/", name)[1] => cidr if split("/", name)[0] == type } }
}
