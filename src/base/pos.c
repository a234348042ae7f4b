/* Source positions (see pos.h). */
#include "base/pos.h"

void pos_line_col(const char *text, size_t len, size_t off, unsigned *line,
                  unsigned *col) {
  unsigned l = 1, c = 1;
  if (off > len) off = len;
  for (size_t i = 0; i < off; i++) {
    if (text[i] == '\n') {
      l++;
      c = 1;
    } else if (pos_starts_char((unsigned char)text[i])) {
      c++;
    }
  }
  *line = l;
  *col = c;
}

void pos_line_span(const char *text, size_t len, size_t off, size_t *start,
                   size_t *end) {
  if (off > len) off = len;
  size_t s = off;
  while (s > 0 && text[s - 1] != '\n') s--;
  size_t e = off;
  while (e < len && text[e] != '\n') e++;
  *start = s;
  *end = e;
}

void pos_cursor_line_col(pos_cursor *cur, const char *text, size_t len, size_t off,
                         unsigned *line, unsigned *col) {
  if (off > len) off = len;
  if (cur->text != text || off < cur->off) {
    cur->text = text;
    cur->off = 0;
    cur->line = 1;
    cur->line_start = 0;
  }
  for (size_t i = cur->off; i < off; i++)
    if (text[i] == '\n') {
      cur->line++;
      cur->line_start = i + 1;
    }
  cur->off = off;
  unsigned c = 1;
  for (size_t i = cur->line_start; i < off; i++)
    if (pos_starts_char((unsigned char)text[i])) c++;
  *line = cur->line;
  *col = c;
}
