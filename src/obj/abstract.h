/* abstract.h - operations on any value, dispatched through type slots.
 * These are what the VM, builtins and modules call; they implement
 * Python's protocols (reflected operators, __eq__ fallback to identity,
 * iteration by __getitem__, and so on) and raise CPython's messages. */
#ifndef GP_ABSTRACT_H
#define GP_ABSTRACT_H

#include "object.h"

Value gp_repr(GpThread *t, Value v);
Value gp_str(GpThread *t, Value v);
Value gp_ascii(GpThread *t, Value v);
int gp_hash(GpThread *t, Value v, int64_t *out);
int gp_truthy(GpThread *t, Value v);

Value gp_richcmp(GpThread *t, Value a, Value b, int op);
int gp_richcmp_bool(GpThread *t, Value a, Value b, int op); /* -1, 0, 1 */
int gp_eq(GpThread *t, Value a, Value b);                   /* identity first, then == */

Value gp_binop(GpThread *t, int op, Value a, Value b);
Value gp_inplace(GpThread *t, int op, Value a, Value b);
Value gp_unop(GpThread *t, int op, Value v);
extern const char *const gp_binop_symbols[GP_OP_COUNT];   /* "+", "-", ... */
extern const char *const gp_inplace_symbols[GP_OP_COUNT]; /* "+=", ... */

Value gp_getattr(GpThread *t, Value obj, Value name);
Value gp_getattr_cstr(GpThread *t, Value obj, const char *name);
/* Like gp_getattr but returns VNULL with no exception when missing. */
Value gp_getattr_opt(GpThread *t, Value obj, Value name);
int gp_setattr(GpThread *t, Value obj, Value name, Value v); /* v VNULL: delete */
int gp_hasattr(GpThread *t, Value obj, Value name);

Value gp_getitem(GpThread *t, Value obj, Value key);
int gp_setitem(GpThread *t, Value obj, Value key, Value v);
int gp_delitem(GpThread *t, Value obj, Value key);
int gp_contains(GpThread *t, Value container, Value item);
int64_t gp_len(GpThread *t, Value v);

Value gp_call(GpThread *t, Value f, const Value *args, size_t nargs, Value kwnames);
Value gp_call0(GpThread *t, Value f);
Value gp_call1(GpThread *t, Value f, Value a);
Value gp_call2(GpThread *t, Value f, Value a, Value b);
/* Call obj.name(args...). */
Value gp_call_method(GpThread *t, Value obj, const char *name, const Value *args, size_t nargs);
int gp_callable(Value v);

Value gp_iter(GpThread *t, Value v);
/* VNULL with no exception: exhausted. */
Value gp_next(GpThread *t, Value it);

/* Conversions. gp_index: __index__, TypeError "... cannot be interpreted
 * as an integer". gp_as_ssize: an int (or __index__) clamped into
 * int64, OverflowError beyond. */
Value gp_index(GpThread *t, Value v);
int gp_as_ssize(GpThread *t, Value v, int64_t *out);
int gp_as_double(GpThread *t, Value v, double *out); /* float(), __float__ */
Value gp_number_int(GpThread *t, Value v);          /* int(v) */
Value gp_number_float(GpThread *t, Value v);        /* float(v) */

int gp_isinstance(GpThread *t, Value v, Value cls); /* cls may be a tuple */
int gp_issubclass(GpThread *t, Value sub, Value cls);
int gp_type_is_subtype(const GpType *sub, const GpType *base);
static inline int gp_isinstance_type(Value v, const GpType *type) {
    return gp_type_is_subtype(v_type(v), type);
}

/* Sequences: a list of the items of any iterable, or a tuple. */
Value gp_sequence_list(GpThread *t, Value iterable);
Value gp_sequence_tuple(GpThread *t, Value iterable);

/* Recursion guard for C code that may recurse without bound (repr of a
 * nested list, comparisons, calls back into Python). */
int gp_enter_recursive(GpThread *t, const char *where);
void gp_leave_recursive(GpThread *t);

/* Guard against infinite recursion in repr of self-containing containers:
 * 1 if v's repr is already in progress (print "[...]"), 0 if entered, -1
 * on error. gp_repr_leave must follow a 0. */
int gp_repr_enter(GpThread *t, Value v);
void gp_repr_leave(GpThread *t, Value v);

/* Argument binding for builtins. names[] lists every parameter; the first
 * `npos` may be given positionally (those before `nposonly` only
 * positionally), the rest only by keyword; the first `nrequired` are
 * required. Missing optional ones are left VNULL in out[]. Error messages
 * follow CPython's Argument Clinic: "f() takes at most 2 arguments (3
 * given)", "f() missing required argument 'x' (pos 1)", "f() got an
 * unexpected keyword argument 'y'", "argument for f() given by name ('x')
 * and position (1)". */
typedef struct GpArgSpec {
    const char *fname;          /* "print", "list.sort", ... as CPython names it */
    const char *const *names;   /* names[nparams] */
    int nparams, npos, nposonly, nrequired;
} GpArgSpec;
int gp_parse_args(GpThread *t, const GpArgSpec *spec, const Value *args, size_t nargs, Value kwnames,
                  Value *out);
/* Common checks with CPython's wording. */
int gp_check_no_kw(GpThread *t, const char *fname, Value kwnames);         /* "f() takes no keyword arguments" */
int gp_check_nargs(GpThread *t, const char *fname, size_t nargs, size_t min, size_t max);
/* CPython's _PyArg_CheckPositional wording, for every count: "f expected 1
 * argument, got 0", "f expected at least 2 arguments, got 1". */
int gp_check_positional(GpThread *t, const char *fname, size_t nargs, size_t min, size_t max);

#endif
