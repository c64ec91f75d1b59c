/* format.h - formatting values as text: format(), str.format, f-string
 * fields, and the % operator of str and bytes. The number layout itself
 * is obj/numfmt.h's. */
#ifndef GP_FORMAT_H
#define GP_FORMAT_H

#include "object.h"

/* format(v, spec): calls type(v).__format__(v, spec), with CPython's
 * behaviour for the builtin types and object.__format__'s TypeError for
 * a non-empty spec. */
Value gp_format_object(GpThread *t, Value v, Value spec);
/* The __format__ of int (and bool), float and str. */
Value gp_int_format(GpThread *t, Value v, Value spec);
Value gp_float_format(GpThread *t, Value v, Value spec);
Value gp_str_format_spec(GpThread *t, Value v, Value spec);
/* object.__format__(v, spec): str(v) for an empty spec, else TypeError
 * "unsupported format string passed to T.__format__". gp_object_m_format
 * is the same as a method for object's method table. */
Value gp_object_format(GpThread *t, Value v, Value spec);
Value gp_object_m_format(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames);
/* fmt.format(*args, **kwargs) */
Value gp_str_format_method(GpThread *t, Value fmt, const Value *args, size_t nargs, Value kwnames);
/* fmt % args for str and bytes */
Value gp_str_percent(GpThread *t, Value fmt, Value args);
Value gp_bytes_percent(GpThread *t, Value fmt, Value args);

#endif
