/* object_dir.c - __dir__ of object, type and module, and
 * object.__sizeof__. dir() calls type(obj).__dir__(obj) and sorts the
 * result, so a class can override what dir() shows. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "object_methods.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static int no_args(GpThread *t, const char *name, size_t nargs) {
    if (!nargs) return 0;
    return gp_raise_i(t, &gp_TypeError, "%s() takes no arguments (%zu given)", name, nargs);
}

/* Add cls.__dict__'s keys to d, then those of each of cls.__bases__,
 * depth first (CPython's merge_class_dict). */
static int merge_class_dict(GpThread *t, Value d, Value cls) {
    if (gp_enter_recursive(t, " in __dir__") < 0) return -1;
    int rc = -1;
    if (v_has_flag(cls, GP_TF_TYPE_SUB)) {
        GpType *tp = (GpType *)v_obj(cls);
        if (tp->dict && gp_dict_update(t, d, tp->dict) < 0) goto done;
        Value bases = tp->bases;
        for (size_t i = 0; bases && i < gp_tuple_len(bases); i++)
            if (merge_class_dict(t, d, gp_tuple_items(bases)[i]) < 0) goto done;
        rc = 0;
        goto done;
    }
    /* Not a type: whatever its __dict__ and __bases__ attributes say. */
    Value cd = gp_getattr_opt(t, cls, gp_str_intern_cstr(t, "__dict__"));
    if (t->exc) goto done;
    if (cd && gp_dict_update(t, d, cd) < 0) goto done;
    Value bases = gp_getattr_opt(t, cls, gp_str_intern_cstr(t, "__bases__"));
    if (t->exc) goto done;
    if (bases) {
        if (!gp_is_tuple(bases)) {
            gp_raise(t, &gp_SystemError, "bad argument to internal function");
            goto done;
        }
        for (size_t i = 0; i < gp_tuple_len(bases); i++)
            if (merge_class_dict(t, d, gp_tuple_items(bases)[i]) < 0) goto done;
    }
    rc = 0;
done:
    gp_leave_recursive(t);
    return rc;
}

static Value dict_keys_list(GpThread *t, Value d) {
    Value l = gp_list_new(t, gp_dict_obj(d)->used);
    if (!l) return VNULL;
    size_t pos = 0;
    Value k, v;
    while (gp_dict_next(d, &pos, &k, &v))
        if (gp_list_append(t, l, k) < 0) return VNULL;
    return l;
}

Value gp_object_dir(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (no_args(t, "object.__dir__", nargs) < 0) return VNULL;
    Value inst = gp_getattr_opt(t, self, gp_str_intern_cstr(t, "__dict__"));
    if (t->exc) return VNULL;
    Value d = inst && gp_is_dict(inst) ? gp_dict_copy(t, inst) : gp_dict_new(t);
    if (!d) return VNULL;
    Value cls = gp_getattr_opt(t, self, gp_str_intern_cstr(t, "__class__"));
    if (t->exc) return VNULL;
    if (cls && merge_class_dict(t, d, cls) < 0) return VNULL;
    return dict_keys_list(t, d);
}

Value gp_type_dir(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (no_args(t, "type.__dir__", nargs) < 0) return VNULL;
    Value d = gp_dict_new(t);
    if (!d || merge_class_dict(t, d, self) < 0) return VNULL;
    return dict_keys_list(t, d);
}

Value gp_module_dir(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (no_args(t, "module.__dir__", nargs) < 0) return VNULL;
    Value d = gp_getattr_cstr(t, self, "__dict__");
    if (!d) return VNULL;
    if (!gp_is_dict(d)) return gp_raise(t, &gp_TypeError, "<module>.__dict__ is not a dictionary");
    Value custom = gp_dict_get_cstr(d, "__dir__");
    if (custom) return gp_call0(t, custom);
    return dict_keys_list(t, d);
}

/* The size of the object's own memory: the instance layout plus, for
 * tuples, str and bytes, the variable part. */
Value gp_object_sizeof(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (no_args(t, "object.__sizeof__", nargs) < 0) return VNULL;
    size_t n = v_type(self)->size;
    if (v_is_obj(self)) n += gp_var_part_size(v_obj(self));
    return gp_int_from_i64(t, (int64_t)n);
}
