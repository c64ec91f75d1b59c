/* namespace.c - types.SimpleNamespace: attribute access over a dict,
 * with a repr listing the attributes and == comparing them. A C type (as
 * in CPython) so that its name in messages is 'types.SimpleNamespace';
 * sys.implementation-like records can use it. */
#include <stddef.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct GpNamespace {
    GpObj hdr;
    Value dict;
} GpNamespace;

extern GpType gp_namespace_type;

static Value ns_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    GpType *type = (GpType *)v_obj(callable);
    GpNamespace *ns = gp_alloc(t, type, type->size);
    if (!ns) return VNULL;
    Value v = v_from_obj(ns);
    Value *slot = gp_instance_dict_slot(v);
    if (!(*slot = gp_dict_new(t))) return VNULL;
    return v;
}

static int ns_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (nargs) return gp_raise_i(t, &gp_TypeError, "no positional arguments expected");
    Value d = gp_instance_dict(t, self);
    if (!d) return -1;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (gp_dict_set(t, d, gp_tuple_items(kw)[i], args[nargs + i]) < 0) return -1;
    return 0;
}

/* namespace(a=1, b=2): the non-empty str keys, in insertion order. A
 * subclass shows its own name. */
static Value ns_repr(GpThread *t, Value self) {
    GpType *tp = v_type(self);
    const char *name = tp == &gp_namespace_type ? "namespace" : tp->name;
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_format(t, "%s(...)", name);
    Value d = gp_instance_dict(t, self);
    if (!d) {
        gp_repr_leave(t, self);
        return VNULL;
    }
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_puts(&b, name);
    gp_buf_putc(&b, '(');
    size_t pos = 0, n = 0;
    Value k, v;
    int rc = 0;
    while (rc == 0 && gp_dict_next(d, &pos, &k, &v)) {
        if (!gp_is_str(k) || !gp_str_nbytes(k)) continue;
        if (n++) gp_buf_puts(&b, ", ");
        gp_buf_put(&b, gp_str_data(k), gp_str_nbytes(k));
        gp_buf_putc(&b, '=');
        rc = gp_buf_put_repr(t, &b, v);
    }
    gp_buf_putc(&b, ')');
    gp_repr_leave(t, self);
    if (rc < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    return gp_buf_finish_str(t, &b);
}

static Value ns_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!gp_isinstance_type(a, &gp_namespace_type) || !gp_isinstance_type(b, &gp_namespace_type)) return V_NOTIMPL;
    Value da = gp_instance_dict(t, a), db = da ? gp_instance_dict(t, b) : VNULL;
    return db ? gp_richcmp(t, da, db, op) : VNULL;
}

static Value m_reduce(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    Value d = gp_instance_dict(t, self);
    return d ? gp_tuple_pack(t, 3, v_from_obj(v_type(self)), gp_tuple_empty(), d) : VNULL;
}

static void ns_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((GpNamespace *)self)->dict); }

static Value ns_get_dict(GpThread *t, Value self) { return gp_instance_dict(t, self); }

static const GpGetSetDef ns_getsets[] = {
    {"__dict__", ns_get_dict, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef ns_methods[] = {
    {"__reduce__", m_reduce, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_namespace_type = {
    .hdr = {&gp_type_type},
    .name = "types.SimpleNamespace",
    .base = &gp_object_type,
    .size = sizeof(GpNamespace),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(GpNamespace, dict),
    .repr = ns_repr,
    .hash = gp_hash_not_implemented,
    .richcmp = ns_richcmp,
    .new_ = ns_new,
    .init = ns_init,
    .trace = ns_trace,
    .methods = ns_methods,
    .getsets = ns_getsets,
    .doc = "A simple attribute-based namespace.",
};
GP_REGISTER_TYPE(gp_namespace_type);
