/* json_impl.h - the parts of the _json accelerator (src/mod/json*.c),
 * which lib/json uses when it is there, as CPython's json uses its _json:
 *
 *   json.c         the module, the string escapers and scanstring
 *   json_scan.c    make_scanner: the whole decoder (scan_once)
 *   json_encode.c  make_encoder: the encoder used by dumps() without indent
 *
 * Both directions work on the UTF-8 bytes of str objects (obj/str.h), so
 * positions are byte offsets inside; they become character indices only
 * where Python sees them (errors, the end index scan_once returns).
 */
#ifndef GP_JSON_IMPL_H
#define GP_JSON_IMPL_H

#include "../obj/object.h"
#include "../obj/str.h"

#define JSON_ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

extern GpType gp_json_scanner_type, gp_json_encoder_type;

/* Append the JSON text of the str s (quotes included) to b; with ascii,
 * everything outside U+0020..U+007E is escaped (astral characters as
 * surrogate pairs). */
void gp_json_escape(GpBuf *b, Value s, int ascii);

/* 1 if fn is _json.encode_basestring_ascii, 2 if it is
 * _json.encode_basestring, 0 for anything else (called from Python). */
int gp_json_fast_escaper(Value fn);

/* Decode the JSON string whose opening quote is the byte before `start`:
 * the result, with *end set to the byte offset after the closing quote.
 * Errors are JSONDecodeError with CPython's messages and positions. */
Value gp_json_scan_string(GpThread *t, Value s, size_t start, int strict, size_t *end);

/* Raise json.decoder.JSONDecodeError(msg, s, character index of byte off). */
Value gp_json_raise_error(GpThread *t, const char *msg, Value s, size_t off);

#endif
