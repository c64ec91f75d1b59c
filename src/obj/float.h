/* float.h - Python floats: always immediates (obj/value.h); only
 * instances of float subclasses are heap objects (GpFloatObj). */
#ifndef GP_FLOAT_H
#define GP_FLOAT_H

#include "object.h"

typedef struct GpFloatObj {
    GpObj hdr;
    double value;
    Value dict;
} GpFloatObj;

static inline int gp_is_float(Value v) {
    return v_is_float(v) || (v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_FLOAT_SUB));
}
static inline double gp_float_value(Value v) {
    return v_is_float(v) ? v_float(v) : ((GpFloatObj *)v_obj(v))->value;
}
Value gp_float_repr(GpThread *t, double d);
/* A NaN distinct from every other (see float.c). */
Value gp_float_fresh_nan(GpThread *t, int negative);
int64_t gp_float_hash(double d);
Value gp_float_binop(GpThread *t, int op, Value a, Value b);
/* Compare a float with an int exactly (no rounding), as CPython does. */
int gp_float_int_cmp(GpThread *t, double d, Value i, int op);

#endif
