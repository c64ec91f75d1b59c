/* error.h - raising and inspecting exceptions.
 *
 * Errors are return values (VNULL or -1) with the exception object in
 * t->exc, as in CPython; nothing longjmps. Every raise helper returns
 * VNULL so C code can write `return gp_raise(...)`, or use the _i forms
 * that return -1.
 *
 * gp_format understands printf's %s %d %i %u %ld %lu %lld %llu %zd %zu %c
 * %x %% and these Value conversions: %R repr(v), %S str(v), %A ascii(v),
 * %T the type name of a value (type(v).__name__), %N the name of a
 * GpType *, %U a str value copied as is.
 */
#ifndef GP_ERROR_H
#define GP_ERROR_H

#include <stdarg.h>

#include "../obj/object.h"

Value gp_format(GpThread *t, const char *fmt, ...);
Value gp_vformat(GpThread *t, const char *fmt, va_list ap);

Value gp_raise(GpThread *t, GpType *type, const char *fmt, ...);
int gp_raise_i(GpThread *t, GpType *type, const char *fmt, ...);
/* `raise v`: v is an exception instance or class (instantiated with no
 * arguments); anything else is TypeError. */
Value gp_raise_value(GpThread *t, Value v);
/* Raise `type(arg)` with a single argument value. */
Value gp_raise_arg(GpThread *t, GpType *type, Value arg);
Value gp_raise_memory(GpThread *t);
/* OSError subclass chosen from errno, with errno/strerror (and filename
 * when given, VNULL otherwise), as CPython's PyErr_SetFromErrnoWithFilename. */
Value gp_raise_errno(GpThread *t, int err, Value filename);
Value gp_raise_errno2(GpThread *t, int err, Value filename, Value filename2);

/* Take the pending exception (VNULL if none) and clear it. */
Value gp_exc_fetch(GpThread *t);
void gp_exc_restore(GpThread *t, Value exc);
void gp_exc_clear(GpThread *t);
/* Is the pending exception an instance of type? */
int gp_exc_matches(GpThread *t, GpType *type);
/* Does exception value exc match the class or tuple of classes? */
int gp_exc_value_matches(Value exc, Value cls);

/* Print an exception with its traceback and chain as CPython does
 * (traceback.print_exception), to the given file object (VNULL: stderr). */
void gp_print_exception(GpThread *t, Value exc, Value file);
/* The same report as a str (VNULL with an exception if out of memory). */
Value gp_format_exception(GpThread *t, Value exc);

#endif
