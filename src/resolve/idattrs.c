/* The id attribute table (see idattrs.h). */
#include "resolve/idattrs.h"

#include <string.h>

static const id_attr id_attrs[] = {
    {"vpc_id", {"vpc"}, TIE_TOP},
    {"subnet_id", {"subnet"}, TIE_TOP | TIE_NESTED},
    {"subnet_ids", {"subnet"}, TIE_TOP | TIE_NESTED},
    {"subnets", {"subnet"}, TIE_TOP},
    {"vpc_zone_identifier", {"subnet"}, 0},
    {"security_groups", {"security_group"}, TIE_TOP},
    {"security_group_id", {"security_group"}, TIE_TOP},
    {"security_group_ids", {"security_group"}, TIE_TOP | TIE_NESTED},
    {"vpc_security_group_ids", {"security_group"}, TIE_TOP},
    {"db_subnet_group_name", {"db_subnet_group"}, TIE_TOP},
    {"target_group_arn", {"target_group"}, TIE_TOP | TIE_NESTED},
    {"target_group_arns", {"target_group"}, 0},
    {"load_balancer_arn", {"lb", "alb", "elb"}, TIE_TOP},
    {"listener_arn", {"listener"}, TIE_TOP},
    {"bucket", {NULL}, TIE_TOP},
    {"route_table_id", {"route_table"}, TIE_TOP},
    {"cluster_identifier", {NULL}, TIE_TOP},
    {"nat_gateway_id", {"nat_gateway"}, TIE_TOP},
    {"network_interface_id", {"network_interface"}, TIE_TOP},
    {"allocation_id", {"eip"}, TIE_TOP},
    {"*parameter_group_name", {"parameter_group"}, 0},
    {"option_group_name", {"option_group"}, 0},
};

static const char *leaf_of(const char *label) {
  const char *dot = strrchr(label, '.');
  return dot ? dot + 1 : label;
}

const id_attr *id_attr_of(const char *label) {
  if (!label) return NULL;
  const char *leaf = leaf_of(label);
  size_t n = strlen(leaf);
  for (size_t i = 0; i < sizeof id_attrs / sizeof *id_attrs; i++) {
    const char *a = id_attrs[i].attr;
    if (a[0] == '*') {
      size_t m = strlen(a + 1);
      if (n >= m && strcmp(leaf + n - m, a + 1) == 0) return &id_attrs[i];
    } else if (strcmp(leaf, a) == 0) {
      return &id_attrs[i];
    }
  }
  return NULL;
}

int id_attr_ties(const char *label) {
  const id_attr *a = id_attr_of(label);
  if (!a) return 0;
  return (a->tie & (strchr(label, '.') ? TIE_NESTED : TIE_TOP)) != 0;
}
