/* compile.h - source text to code objects. */
#ifndef GP_COMPILE_H
#define GP_COMPILE_H

#include <stddef.h>

#include "../obj/object.h"
#include "ast.h"

/* Compile src (UTF-8) in the given mode (PARSE_FILE: a module; PARSE_SINGLE:
 * one interactive statement whose expression values are displayed;
 * PARSE_EVAL: one expression whose value the code returns). Returns a
 * code object, or VNULL with SyntaxError (IndentationError, TabError) set.
 * In PARSE_SINGLE mode, *incomplete is set when more input could complete
 * the statement (the REPL's continuation prompt); no error is then set. */
Value gp_compile(GpThread *t, const char *src, size_t len, const char *filename, ParseMode mode, int *incomplete);
/* The same for source of a given kind (ast.h: bytes, the script file, or
 * str text whose coding declaration is ignored); gp_compile is SRC_BYTES. */
Value gp_compile_source(GpThread *t, const char *src, size_t len, const char *filename, ParseMode mode,
                        SourceKind kind, int *incomplete);

/* Raise the SyntaxError described by a parser error. */
Value gp_raise_syntax_error(GpThread *t, const AstSyntaxError *err, const char *filename);

#endif
