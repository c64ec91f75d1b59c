/* genericalias.c - types.GenericAlias: what list[int] evaluates to.
 *
 * Annotations are evaluated when a function or class is defined, so
 * list[int], dict[str, list[int]] and tuple[int, ...] must be values. An
 * alias remembers its origin and arguments, shows itself as written,
 * compares by both, can be called (it makes an origin instance) and used
 * as a base class (__mro_entries__ gives the origin); other attribute
 * reads go to the origin, as CPython's. */
#include "genericalias.h"

#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static GpGenericAlias *ga_obj(Value v) { return (GpGenericAlias *)v_obj(v); }

Value gp_genericalias_new(GpThread *t, Value origin, Value args) {
    if (!gp_is_tuple(args) && !(args = gp_tuple_pack(t, 1, args))) return VNULL;
    GpGenericAlias *ga = gp_alloc(t, &gp_genericalias_type, sizeof *ga);
    if (!ga) return VNULL;
    ga->origin = origin;
    ga->args = args;
    return v_from_obj(ga);
}

Value gp_generic_class_getitem(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw) {
    (void)kw;
    if (nargs != 1)
        return gp_raise(t, &gp_TypeError, "%s.__class_getitem__() takes exactly one argument (%zu given)",
                        ((GpType *)v_obj(cls))->name, nargs);
    return gp_genericalias_new(t, cls, args[0]);
}

/* Does p look like an alias (it has __origin__ and __args__)? */
static int looks_like_alias(GpThread *t, Value p) {
    Value o = gp_getattr_opt(t, p, gp_str_intern_cstr(t, "__origin__"));
    if (!o) return t->exc ? -1 : 0;
    Value a = gp_getattr_opt(t, p, gp_str_intern_cstr(t, "__args__"));
    if (!a) return t->exc ? -1 : 0;
    return 1;
}

int gp_typing_repr_item(GpThread *t, GpBuf *b, Value p) {
    if (p == V_ELLIPSIS) {
        gp_buf_puts(b, "...");
        return 0;
    }
    int alias = looks_like_alias(t, p);
    if (alias < 0) return -1;
    if (!alias) {
        Value qualname = gp_getattr_opt(t, p, gp_str_intern_cstr(t, "__qualname__"));
        if (t->exc) return -1;
        Value module = qualname ? gp_getattr_opt(t, p, gp_str_intern_cstr(t, "__module__")) : VNULL;
        if (t->exc) return -1;
        if (module && module != V_NONE) {
            /* A class (or a function): its qualified name. */
            if (!(gp_is_str(module) && gp_str_eq_cstr(module, "builtins"))) {
                if (gp_buf_put_str(t, b, module) < 0) return -1;
                gp_buf_putc(b, '.');
            }
            return gp_buf_put_str(t, b, qualname);
        }
    }
    return gp_buf_put_repr(t, b, p);
}

Value gp_typing_parameters(GpThread *t, Value args) {
    Value params = VNULL;
    size_t n = gp_tuple_len(args), np = 0;
    Value tmp = gp_tuple_new(t, n * 4 + 1); /* grown below if needed */
    if (!tmp) return VNULL;
    for (size_t i = 0; i < n; i++) {
        Value a = gp_tuple_items(args)[i];
        if (v_has_flag(a, GP_TF_TYPE_SUB)) continue;
        Value sub = gp_getattr_opt(t, a, gp_str_intern_cstr(t, "__typing_subst__"));
        if (t->exc) return VNULL;
        Value more = VNULL;
        if (sub) {
            more = gp_tuple_pack(t, 1, a);
        } else {
            more = gp_getattr_opt(t, a, gp_str_intern_cstr(t, "__parameters__"));
            if (t->exc) return VNULL;
            if (!more || !gp_is_tuple(more)) continue;
        }
        if (!more) return VNULL;
        for (size_t j = 0; j < gp_tuple_len(more); j++) {
            Value p = gp_tuple_items(more)[j];
            size_t k = 0;
            while (k < np && gp_tuple_items(tmp)[k] != p) k++;
            if (k < np) continue;
            if (np == gp_tuple_len(tmp)) {
                Value bigger = gp_tuple_new(t, np * 2);
                if (!bigger) return VNULL;
                memcpy(gp_tuple_items(bigger), gp_tuple_items(tmp), np * sizeof(Value));
                tmp = bigger;
            }
            gp_tuple_items(tmp)[np++] = p;
        }
    }
    params = gp_tuple_new(t, np);
    if (params && np) memcpy(gp_tuple_items(params), gp_tuple_items(tmp), np * sizeof(Value));
    return params;
}

static Value ga_repr(GpThread *t, Value self) {
    GpGenericAlias *ga = ga_obj(self);
    GpBuf b;
    gp_buf_init(&b);
    if (gp_enter_recursive(t, " while getting the repr of an object") < 0) return VNULL;
    int rc = gp_typing_repr_item(t, &b, ga->origin);
    gp_buf_putc(&b, '[');
    size_t n = gp_tuple_len(ga->args);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        Value p = gp_tuple_items(ga->args)[i];
        if (i) gp_buf_puts(&b, ", ");
        if (v_is_type(p, &gp_list_type)) {
            /* Callable[[int, str], bool]'s argument list. */
            gp_buf_putc(&b, '[');
            for (size_t j = 0; rc == 0 && j < gp_list_obj(p)->n; j++) {
                if (j) gp_buf_puts(&b, ", ");
                rc = gp_typing_repr_item(t, &b, gp_list_obj(p)->items[j]);
            }
            gp_buf_putc(&b, ']');
        } else {
            rc = gp_typing_repr_item(t, &b, p);
        }
    }
    if (n == 0) gp_buf_puts(&b, "()");
    gp_buf_putc(&b, ']');
    gp_leave_recursive(t);
    if (rc < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    return gp_buf_finish_str(t, &b);
}

static Value ga_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!v_is_type(b, &gp_genericalias_type) || (op != GP_EQ && op != GP_NE)) return V_NOTIMPL;
    int eq = gp_richcmp_bool(t, ga_obj(a)->origin, ga_obj(b)->origin, GP_EQ);
    if (eq < 0) return VNULL;
    if (eq) eq = gp_richcmp_bool(t, ga_obj(a)->args, ga_obj(b)->args, GP_EQ);
    if (eq < 0) return VNULL;
    return v_bool(op == GP_EQ ? eq : !eq);
}

static int ga_hash(GpThread *t, Value self, int64_t *out) {
    int64_t h0, h1;
    if (gp_hash(t, ga_obj(self)->origin, &h0) < 0 || gp_hash(t, ga_obj(self)->args, &h1) < 0) return -1;
    *out = h0 ^ h1;
    if (*out == -1) *out = -2;
    return 0;
}

/* Calling makes an origin instance and records the alias on it. */
static Value ga_call(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    Value obj = gp_call(t, ga_obj(self)->origin, args, nargs, kw);
    if (!obj) return VNULL;
    if (gp_setattr(t, obj, gp_str_intern_cstr(t, "__orig_class__"), self) < 0) {
        if (!gp_exc_matches(t, &gp_AttributeError) && !gp_exc_matches(t, &gp_TypeError)) return VNULL;
        gp_exc_clear(t);
    }
    return obj;
}

/* Names the alias answers itself; every other one is the origin's. */
static const char *const own_attrs[] = {
    "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    NULL,
};

static Value ga_getattr(GpThread *t, Value self, Value name) {
    if (gp_is_str(name)) {
        const char *const *p = own_attrs;
        while (*p && !gp_str_eq_cstr(name, *p)) p++;
        if (!*p) return gp_getattr(t, ga_obj(self)->origin, name);
    }
    return gp_generic_getattr(t, self, name);
}

static Value ga_getitem(GpThread *t, Value self, Value key) {
    (void)key;
    Value params = gp_getattr_cstr(t, self, "__parameters__");
    if (!params) return VNULL;
    if (!gp_is_tuple(params) || gp_tuple_len(params) == 0)
        return gp_raise(t, &gp_TypeError, "%R is not a generic class", self);
    return gp_raise(t, &gp_TypeError, "substituting type variables in %R is not supported", self);
}

static Value ga_binop(GpThread *t, int op, Value a, Value b) {
    return op == GP_OP_OR ? gp_union_or(t, a, b) : V_NOTIMPL;
}

static Value ga_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "GenericAlias() takes no keyword arguments");
    if (gp_check_positional(t, "GenericAlias", nargs, 2, 2) < 0) return VNULL;
    return gp_genericalias_new(t, args[0], args[1]);
}

static void ga_trace(GpGc *gc, GpObj *self) {
    GpGenericAlias *ga = (GpGenericAlias *)self;
    gc_mark(gc, ga->origin);
    gc_mark(gc, ga->args);
    gc_mark(gc, ga->parameters);
}

static Value get_origin(GpThread *t, Value self) { (void)t; return ga_obj(self)->origin; }
static Value get_args(GpThread *t, Value self) { (void)t; return ga_obj(self)->args; }
static Value get_unpacked(GpThread *t, Value self) { (void)t; (void)self; return V_FALSE; }
static Value get_unpacked_args(GpThread *t, Value self) { (void)t; (void)self; return V_NONE; }

static Value get_parameters(GpThread *t, Value self) {
    GpGenericAlias *ga = ga_obj(self);
    if (!ga->parameters) ga->parameters = gp_typing_parameters(t, ga->args);
    return ga->parameters;
}

static Value m_mro_entries(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "__mro_entries__", nargs, 1, 1) < 0) return VNULL;
    return gp_tuple_pack(t, 1, ga_obj(self)->origin);
}

static Value m_instancecheck(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self; (void)args; (void)nargs; (void)kw;
    return gp_raise(t, &gp_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value m_subclasscheck(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self; (void)args; (void)nargs; (void)kw;
    return gp_raise(t, &gp_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Value m_reduce(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    Value a = gp_tuple_pack(t, 2, ga_obj(self)->origin, ga_obj(self)->args);
    return a ? gp_tuple_pack(t, 2, v_from_obj(&gp_genericalias_type), a) : VNULL;
}

static const GpGetSetDef ga_getsets[] = {
    {"__origin__", get_origin, NULL},
    {"__args__", get_args, NULL},
    {"__parameters__", get_parameters, NULL},
    {"__unpacked__", get_unpacked, NULL},
    {"__typing_unpacked_tuple_args__", get_unpacked_args, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef ga_methods[] = {
    {"__mro_entries__", m_mro_entries, GP_METH_NOKW},
    {"__instancecheck__", m_instancecheck, GP_METH_NOKW},
    {"__subclasscheck__", m_subclasscheck, GP_METH_NOKW},
    {"__reduce__", m_reduce, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_genericalias_type = {
    .hdr = {&gp_type_type},
    .name = "types.GenericAlias",
    .base = &gp_object_type,
    .size = sizeof(GpGenericAlias),
    .repr = ga_repr,
    .hash = ga_hash,
    .richcmp = ga_richcmp,
    .getattr = ga_getattr,
    .call = ga_call,
    .getitem = ga_getitem,
    .binop = ga_binop,
    .new_ = ga_new,
    .trace = ga_trace,
    .getsets = ga_getsets,
    .methods = ga_methods,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
};
GP_REGISTER_TYPE(gp_genericalias_type);
