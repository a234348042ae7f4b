/* Text made safe for XML: what XML 1.0 cannot hold (control characters
 * other than tab, newline and carriage return; broken UTF-8), and DEL, which
 * it discourages, become U+FFFD. Used by the JUnit and GraphML writers.
 * one_line: newlines and tabs become spaces too (attribute messages). */
#ifndef PG_XMLTEXT_H
#define PG_XMLTEXT_H

/* Returns a malloc'd copy, or NULL when out of memory. */
char *xml_clean_text(const char *s, int one_line);

#endif
