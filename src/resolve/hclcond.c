/* Conditions in plain text (hclexpr_structure, for varpath.c): `C ? A : B`
 * read as its two branches, one of which the value is. The condition is
 * read as the full grammar reads it (`try(var.regions["eu"].enabled,
 * false)`, a comparison), only for the references it reads; the branches
 * as plain text, so that each shows which references make which part of
 * it. Which branch a plan takes is not told here: plan JSON records the
 * references, not the condition's value. */
#include "resolve/hclexpr_impl.h"

json_t *hx_no_value(void *ctx, const char *ref, char *why, size_t why_len, int *how) {
  (void)ctx;
  (void)how;
  snprintf(why, why_len, "%s", ref);
  return NULL;
}

int hx_condition_ahead(px *p) {
  px q = *p;
  char why[WHY_MAX];
  q.plain = 0;
  q.lookup = hx_no_value;  /* read past: nothing recorded */
  q.read = NULL;
  q.why = why;
  q.why_len = sizeof why;
  q.bad = 0;
  json_decref(q.operand(&q));
  hx_blanks(&q);
  return !q.bad && q.s[q.i] == '?';
}

json_t *hx_alternatives(px *p) {
  p->plain = 0;
  json_decref(p->operand(p));
  p->plain = 1;
  hx_blanks(p);
  if (!p->bad && p->s[p->i] != '?') hx_not_understood(p, "a condition read two ways");
  if (p->bad) return NULL;
  p->i++;
  json_t *a = p->expr(p);
  hx_blanks(p);
  if (!p->bad && p->s[p->i] != ':') hx_not_understood(p, "a condition without ':'");
  json_t *b = NULL;
  if (!p->bad) {
    p->i++;
    b = p->expr(p);
  }
  json_t *out = !p->bad && a && b ? json_pack("{s[OO]}", HCLEXPR_ALTERNATIVES, a, b) : NULL;
  json_decref(a);
  json_decref(b);
  return out;
}
