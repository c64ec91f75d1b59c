/* mappingproxy.c - a read-only view of a mapping (types.MappingProxyType).
 *
 * A class's __dict__ is one: code may read a type's namespace but must go
 * through setattr to change it, so the type can bump its version and keep
 * the inline caches and slot table right. Every read is forwarded to the
 * underlying mapping; nothing is copied.
 */
#include "../mem/heap.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/error.h"

typedef struct MappingProxy {
    GpObj hdr;
    Value mapping;
} MappingProxy;

GpType gp_mappingproxy_type;

static Value proxied(Value self) { return ((MappingProxy *)v_obj(self))->mapping; }

Value gp_mappingproxy_new(GpThread *t, Value mapping) {
    MappingProxy *p = gp_alloc(t, &gp_mappingproxy_type, sizeof *p);
    if (!p) return VNULL;
    p->mapping = mapping;
    return v_from_obj(p);
}

static Value mp_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    (void)callable;
    static const char *const names[] = {"mapping"};
    static const GpArgSpec spec = {"mappingproxy", names, 1, 1, 0, 1};
    Value a[1];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, a) < 0) return VNULL;
    Value m = a[0];
    if (!v_is_obj(m) || !v_obj(m)->type->getitem || gp_is_list(m) || v_has_flag(m, GP_TF_TUPLE_SUB))
        return gp_raise(t, &gp_TypeError, "mappingproxy() argument must be a mapping, not %s", v_type(m)->name);
    return gp_mappingproxy_new(t, m);
}

static Value mp_getitem(GpThread *t, Value self, Value key) { return gp_getitem(t, proxied(self), key); }
static int mp_contains(GpThread *t, Value self, Value key) { return gp_contains(t, proxied(self), key); }
static int64_t mp_len(GpThread *t, Value self) { return gp_len(t, proxied(self)); }
static Value mp_iter(GpThread *t, Value self) { return gp_iter(t, proxied(self)); }

static Value mp_repr(GpThread *t, Value self) {
    Value r = gp_repr(t, proxied(self));
    return r ? gp_format(t, "mappingproxy(%U)", r) : VNULL;
}

static int mp_hash(GpThread *t, Value self, int64_t *out) { return gp_hash(t, proxied(self), out); }

static Value mp_str(GpThread *t, Value self) { return gp_str(t, proxied(self)); }

static Value mp_richcmp(GpThread *t, Value a, Value b, int op) {
    return gp_richcmp(t, proxied(a), v_is_type(b, &gp_mappingproxy_type) ? proxied(b) : b, op);
}

static Value mp_binop(GpThread *t, int op, Value a, Value b) {
    /* proxy | other and other | proxy give a new dict, as CPython. */
    if (op != GP_OP_OR) return V_NOTIMPL;
    Value l = v_is_type(a, &gp_mappingproxy_type) ? proxied(a) : a;
    Value r = v_is_type(b, &gp_mappingproxy_type) ? proxied(b) : b;
    return gp_binop(t, GP_OP_OR, l, r);
}

static Value mp_inplace(GpThread *t, int op, Value a, Value b) {
    (void)op;
    (void)b;
    return gp_raise(t, &gp_TypeError, "'|=' is not supported by %s; use '|' instead", v_type(a)->name);
}

#define FORWARD(name)                                                                          \
    static Value mp_##name(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) { \
        (void)kw;                                                                              \
        return gp_call_method(t, proxied(self), #name, args, nargs);                           \
    }
FORWARD(keys)
FORWARD(values)
FORWARD(items)
FORWARD(copy)

static Value mp_get(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "get", nargs, 1, 2) < 0) return VNULL;
    return gp_call_method(t, proxied(self), "get", args, nargs);
}

static Value mp_reversed(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return gp_call_method(t, proxied(self), "__reversed__", NULL, 0);
}

static void mp_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((MappingProxy *)self)->mapping); }

static const GpMethodDef mp_methods[] = {
    {"keys", mp_keys, GP_METH_NOKW},
    {"values", mp_values, GP_METH_NOKW},
    {"items", mp_items, GP_METH_NOKW},
    {"copy", mp_copy, GP_METH_NOKW},
    {"get", mp_get, GP_METH_NOKW},
    {"__reversed__", mp_reversed, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_mappingproxy_type = {
    .hdr = {&gp_type_type},
    .name = "mappingproxy",
    .base = &gp_object_type,
    .size = sizeof(MappingProxy),
    .repr = mp_repr,
    .str = mp_str,
    .richcmp = mp_richcmp,
    .len = mp_len,
    .getitem = mp_getitem,
    .contains = mp_contains,
    .iter = mp_iter,
    .binop = mp_binop,
    .inplace = mp_inplace,
    .hash = mp_hash,
    .new_ = mp_new,
    .trace = mp_trace,
    .methods = mp_methods,
    .doc = "Read-only proxy of a mapping.",
};
GP_REGISTER_TYPE(gp_mappingproxy_type);
