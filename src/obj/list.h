/* list.h - mutable sequences: a malloc'd array of values that grows
 * geometrically (amortised O(1) append), as CPython's. */
#ifndef GP_LIST_H
#define GP_LIST_H

#include "object.h"

typedef struct GpList {
    GpObj hdr;
    size_t n, cap;
    Value *items;
} GpList;

static inline GpList *gp_list_obj(Value v) { return (GpList *)v_obj(v); }
static inline int gp_is_list(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_LIST_SUB); }

Value gp_list_new(GpThread *t, size_t cap);
Value gp_list_from(GpThread *t, const Value *items, size_t n);
int gp_list_append(GpThread *t, Value list, Value v);
int gp_list_extend(GpThread *t, Value list, Value iterable);
int gp_list_insert(GpThread *t, Value list, int64_t index, Value v);
int gp_list_sort(GpThread *t, Value list, Value key, int reverse);
Value gp_list_as_tuple(GpThread *t, Value list);

/* The list iterator, which the VM steps inline. */
typedef struct GpListIter {
    GpObj hdr;
    Value seq;
    size_t i;
    int reversed;
} GpListIter;
extern GpType gp_listiter_type;

#endif
