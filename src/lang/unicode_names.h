/* unicode_names.h - lookup of character names for "\N{...}" escapes.
 *
 * gilpy carries the names of a subset of Unicode (Latin, Greek,
 * Cyrillic, punctuation, symbols, arrows, math, box drawing, common
 * emoji: see gen_unicode_names.py) plus the algorithmic "CJK UNIFIED
 * IDEOGRAPH-XXXX" and Hangul syllable names. A name outside that subset
 * is reported as unknown, as CPython reports names it does not know.
 */
#ifndef GP_UNICODE_NAMES_H
#define GP_UNICODE_NAMES_H

#include <stddef.h>
#include <stdint.h>

typedef struct UnicodeNameEntry {
    uint32_t offset; /* into unicode_name_blob */
    uint32_t cp;
} UnicodeNameEntry;

extern const char unicode_name_blob[];
extern const UnicodeNameEntry unicode_name_entries[];
extern const int unicode_name_count;

/* Case-insensitive lookup; returns 1 and stores the code point if found. */
int unicode_name_lookup(const char *name, size_t len, uint32_t *cp);

#endif
