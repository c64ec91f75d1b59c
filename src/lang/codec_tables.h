/* codec_tables.h - single-byte encodings a source file may declare.
 *
 * Only bytes 0x80-0xFF differ from ASCII in these encodings, so each is
 * a 128-entry table of code points (0xFFFF: byte undefined), generated
 * from CPython 3.12's codecs by gen_codec_tables.py. */
#ifndef GP_CODEC_TABLES_H
#define GP_CODEC_TABLES_H

#include <stdint.h>

typedef struct CodecTable {
    const char *name;    /* CPython's codec name, for error messages */
    const char *aliases; /* '|'-separated lowercase names it is known by */
    uint16_t upper[128];
} CodecTable;

extern const CodecTable codec_tables[];
extern const int codec_table_count;

#endif
