/* genericalias.h - the objects behind annotations like list[int] and
 * int | None: types.GenericAlias (genericalias.c) and types.UnionType
 * (union.c), as CPython 3.12's. */
#ifndef GP_GENERICALIAS_H
#define GP_GENERICALIAS_H

#include "object.h"
#include "str.h"

typedef struct GpGenericAlias {
    GpObj hdr;
    Value origin;
    Value args;       /* tuple */
    Value parameters; /* tuple, computed on first use (VNULL before) */
} GpGenericAlias;

typedef struct GpUnion {
    GpObj hdr;
    Value args; /* tuple of two or more distinct members, None as NoneType */
    Value parameters;
} GpUnion;

extern GpType gp_genericalias_type, gp_union_type;

/* origin[args]: args is made a tuple if it is not one. */
Value gp_genericalias_new(GpThread *t, Value origin, Value args);
/* The __class_getitem__ classmethod of list, dict, tuple, set ... */
Value gp_generic_class_getitem(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw);
/* a | b for types, None, aliases and unions; NotImplemented otherwise. */
Value gp_union_or(GpThread *t, Value a, Value b);
/* How an alias or a union shows one of its members: a class as its
 * qualified name (no "builtins."), ... as "...", others by repr. */
int gp_typing_repr_item(GpThread *t, GpBuf *b, Value p);
/* The __parameters__ of an alias or union with these args. */
Value gp_typing_parameters(GpThread *t, Value args);

#endif
