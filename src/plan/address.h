/* Terraform addresses and references as step lists: identifiers and
 * [index] keys, e.g. module.dr["a"].aws_subnet.s[0].id. */
#ifndef PG_ADDRESS_H
#define PG_ADDRESS_H

#include <stddef.h>
#include <stdint.h>

typedef enum { STEP_NAME, STEP_NUM, STEP_STR } step_kind;

/* One step. Names point into the parsed text and own nothing; string keys
 * are decoded into key (owned by the step list). */
typedef struct addr_step {
  step_kind kind;
  const char *name;    /* STEP_NAME: identifier start */
  size_t len;          /* its length */
  int64_t num;         /* STEP_NUM */
  char *key;           /* STEP_STR: decoded key, in the list's keys buffer */
  size_t end;          /* offset in the text just after this step */
} addr_step;

typedef struct addr_steps {
  addr_step *steps;    /* malloc'd */
  size_t count;
  char *keys;          /* malloc'd: every STEP_STR key, NUL after each */
  int overflow;        /* set when parsing failed on an index beyond int64 */
} addr_steps;

/* Parses text; returns 0, ADDR_NOMEM when memory ran out (the text may
 * well be a traversal: a caller must not read that as "does not parse"),
 * or -1 when it is not a traversal. Memory is linear in the text: one
 * step array and one buffer for all keys. */
#define ADDR_NOMEM (-2)
int addr_parse(const char *text, size_t len, addr_steps *out);
void addr_steps_free(addr_steps *s);
int step_is(const addr_step *s, const char *name);

/* A resource or data source reference, split out of a traversal. */
typedef struct addr_ref {
  size_t first;        /* index of the first step after module path */
  int is_data;         /* data.TYPE.NAME */
} addr_ref;

/* The instance key at the end of a resource address. */
typedef struct addr_key {
  step_kind kind;      /* STEP_NUM, STEP_STR, or STEP_NAME for no key */
  int64_t num;         /* STEP_NUM */
  char *str;           /* STEP_STR: malloc'd, the caller frees it */
} addr_key;

/* Whether text is a resource instance address, module.M[K]....[data.]TYPE.NAME[K],
 * whose TYPE and NAME are the given ones: 0 when it is, -1 when not, -2
 * when a numeric key is beyond 64-bit integers, -3 out of memory. When key
 * is given, it receives the instance key (on 0 only; else no key). */
int addr_check_resource(const char *text, size_t len, const char *type, const char *name,
                        int is_data, addr_key *key);

/* Writes the config address (keys dropped) of steps [0, count) into a
 * malloc'd string, joined with dots. */
char *addr_config_string(const addr_steps *s, size_t count);

/* How many leading module calls two configuration addresses share
 * ("module.a.module.b.x" and "module.a.y": 1). */
size_t addr_common_module_depth(const char *a, const char *b);
/* The length of the first `depth` module instances of an instance address
 * ("module.a[\"k\"].module.b[0].x", 1: the length of `module.a["k"]`);
 * SIZE_MAX when memory ran out. */
size_t addr_instance_prefix(const char *inst, size_t depth);

#endif
