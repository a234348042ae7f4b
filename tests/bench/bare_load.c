/* Benchmark baseline: loads a JSON file with jansson's json_load_file and
 * nothing else. plangraph's load+build is measured against this. */
#include <jansson.h>
#include <stdio.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: pg_bare_load FILE\n");
    return 2;
  }
  json_error_t err;
  json_t *j = json_load_file(argv[1], 0, &err);
  if (!j) {
    fprintf(stderr, "%s:%d:%d: %s\n", argv[1], err.line, err.column, err.text);
    return 2;
  }
  json_decref(j);
  return 0;
}
