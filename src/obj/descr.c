/* descr.c - staticmethod, classmethod, property and super. */
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- staticmethod and classmethod: a wrapped callable */

typedef struct Wrapped {
    GpObj hdr;
    Value fn;
    Value dict;
} Wrapped;

static void wrapped_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((Wrapped *)self)->fn);
    gc_mark(gc, ((Wrapped *)self)->dict);
}

static Value wrapped_new(GpThread *t, GpType *type, Value fn) {
    Wrapped *w = gp_alloc(t, type, sizeof *w);
    if (!w) return VNULL;
    w->fn = fn;
    return v_from_obj(w);
}

Value gp_staticmethod_new(GpThread *t, Value fn) { return wrapped_new(t, &gp_staticmethod_type, fn); }
Value gp_classmethod_new(GpThread *t, Value fn) { return wrapped_new(t, &gp_classmethod_type, fn); }

static Value wrapped_tp_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    GpType *type = (GpType *)v_obj(callable);
    const char *name = type == &gp_staticmethod_type ? "staticmethod" : "classmethod";
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1) return gp_raise(t, &gp_TypeError, "%s expected 1 argument, got %zu", name, nargs);
    Wrapped *w = gp_alloc(t, type, type->size);
    if (!w) return VNULL;
    w->fn = args[0];
    return v_from_obj(w);
}

static int wrapped_init(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)self; (void)a; (void)n; (void)kw;
    return 0;
}

static Value static_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)t; (void)obj; (void)type;
    return ((Wrapped *)v_obj(descr))->fn;
}

static Value class_get(GpThread *t, Value descr, Value obj, Value type) {
    Value fn = ((Wrapped *)v_obj(descr))->fn;
    Value cls = type ? type : v_from_obj(v_type(obj));
    return gp_method_new(t, fn, cls);
}

static Value static_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    return gp_call(t, ((Wrapped *)v_obj(callable))->fn, args, nargs, kw);
}

static Value wrapped_func(GpThread *t, Value self) {
    (void)t;
    return ((Wrapped *)v_obj(self))->fn;
}

static Value wrapped_getattr(GpThread *t, Value self, Value name) {
    Value v = gp_generic_getattr_opt(t, self, name);
    if (v || t->exc) return v;
    /* __name__, __doc__, __qualname__ ... come from the wrapped function */
    const char *s = gp_str_data(name);
    if (s[0] == '_' && s[1] == '_') return gp_getattr(t, ((Wrapped *)v_obj(self))->fn, name);
    return gp_raise_no_attr(t, self, name);
}

static Value wrapped_repr(GpThread *t, Value self) {
    return gp_format(t, "<%s(%R)>", v_type(self)->name, ((Wrapped *)v_obj(self))->fn);
}

static const GpGetSetDef wrapped_getsets[] = {
    {"__func__", wrapped_func, NULL},
    {"__wrapped__", wrapped_func, NULL},
    {NULL, NULL, NULL},
};

GpType gp_staticmethod_type = {
    .hdr = {&gp_type_type},
    .name = "staticmethod",
    .base = &gp_object_type,
    .size = sizeof(Wrapped),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(Wrapped, dict),
    .repr = wrapped_repr,
    .getattr = wrapped_getattr,
    .call = static_call,
    .descr_get = static_get,
    .new_ = wrapped_tp_new,
    .init = wrapped_init,
    .trace = wrapped_trace,
    .getsets = wrapped_getsets,
};
GP_REGISTER_TYPE(gp_staticmethod_type);

GpType gp_classmethod_type = {
    .hdr = {&gp_type_type},
    .name = "classmethod",
    .base = &gp_object_type,
    .size = sizeof(Wrapped),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(Wrapped, dict),
    .repr = wrapped_repr,
    .getattr = wrapped_getattr,
    .descr_get = class_get,
    .new_ = wrapped_tp_new,
    .init = wrapped_init,
    .trace = wrapped_trace,
    .getsets = wrapped_getsets,
};
GP_REGISTER_TYPE(gp_classmethod_type);

/* ---- property */


static void property_trace(GpGc *gc, GpObj *self) {
    GpProperty *p = (GpProperty *)self;
    gc_mark(gc, p->fget);
    gc_mark(gc, p->fset);
    gc_mark(gc, p->fdel);
    gc_mark(gc, p->doc);
    gc_mark(gc, p->name);
    gc_mark(gc, p->dict);
}

static Value property_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    GpType *type = (GpType *)v_obj(callable);
    GpProperty *p = gp_alloc(t, type, type->size);
    return p ? v_from_obj(p) : VNULL;
}

static int property_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    static const GpArgSpec spec = {"property", names, 4, 4, 0, 0};
    Value a[4];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return -1;
    GpProperty *p = (GpProperty *)v_obj(self);
    p->fget = a[0] == V_NONE ? VNULL : a[0];
    p->fset = a[1] == V_NONE ? VNULL : a[1];
    p->fdel = a[2] == V_NONE ? VNULL : a[2];
    p->doc = a[3] && a[3] != V_NONE ? a[3] : VNULL;
    if (!p->doc && p->fget) {
        Value d = gp_getattr_opt(t, p->fget, gp_str_intern_cstr(t, "__doc__"));
        if (t->exc) return -1;
        if (d && d != V_NONE) p->doc = d;
    }
    return 0;
}

/* The name __set_name__ gave the property; CPython 3.12's messages do
 * not fall back to the getter's name. */
static Value property_name(GpThread *t, GpProperty *p) {
    (void)t;
    return p->name;
}

static Value property_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    GpProperty *p = (GpProperty *)v_obj(descr);
    if (!obj) return descr;
    if (!p->fget) {
        Value n = property_name(t, p);
        if (n) return gp_raise(t, &gp_AttributeError, "property %R of '%s' object has no getter", n, v_type(obj)->name);
        return gp_raise(t, &gp_AttributeError, "property of '%s' object has no getter", v_type(obj)->name);
    }
    return gp_call1(t, p->fget, obj);
}

static int property_set(GpThread *t, Value descr, Value obj, Value v) {
    GpProperty *p = (GpProperty *)v_obj(descr);
    Value fn = v ? p->fset : p->fdel;
    if (!fn) {
        Value n = property_name(t, p);
        const char *what = v ? "setter" : "deleter";
        if (n) return gp_raise_i(t, &gp_AttributeError, "property %R of '%s' object has no %s", n, v_type(obj)->name, what);
        return gp_raise_i(t, &gp_AttributeError, "property of '%s' object has no %s", v_type(obj)->name, what);
    }
    Value r = v ? gp_call2(t, fn, obj, v) : gp_call1(t, fn, obj);
    return r ? 0 : -1;
}

/* property.setter & co: a copy with one function replaced. */
static Value property_copy(GpThread *t, Value self, int which, Value fn) {
    GpProperty *p = (GpProperty *)v_obj(self);
    Value args[4] = {p->fget ? p->fget : V_NONE, p->fset ? p->fset : V_NONE, p->fdel ? p->fdel : V_NONE,
                     p->doc ? p->doc : V_NONE};
    args[which] = fn;
    if (which == 0 && p->doc) {
        /* a new getter brings its own doc unless one was given */
        args[3] = V_NONE;
    }
    Value np = gp_call(t, v_from_obj(v_type(self)), args, 4, VNULL);
    if (np && p->name) ((GpProperty *)v_obj(np))->name = p->name;
    return np;
}

static Value m_getter(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "getter", n, 1, 1) < 0) return VNULL;
    return property_copy(t, self, 0, a[0]);
}
static Value m_setter(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "setter", n, 1, 1) < 0) return VNULL;
    return property_copy(t, self, 1, a[0]);
}
static Value m_deleter(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "deleter", n, 1, 1) < 0) return VNULL;
    return property_copy(t, self, 2, a[0]);
}
static Value m_set_name(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "__set_name__", n, 2, 2) < 0) return VNULL;
    ((GpProperty *)v_obj(self))->name = a[1];
    return V_NONE;
}

static Value p_fget(GpThread *t, Value self) { (void)t; Value v = ((GpProperty *)v_obj(self))->fget; return v ? v : V_NONE; }
static Value p_fset(GpThread *t, Value self) { (void)t; Value v = ((GpProperty *)v_obj(self))->fset; return v ? v : V_NONE; }
static Value p_fdel(GpThread *t, Value self) { (void)t; Value v = ((GpProperty *)v_obj(self))->fdel; return v ? v : V_NONE; }
static Value p_doc(GpThread *t, Value self) { (void)t; Value v = ((GpProperty *)v_obj(self))->doc; return v ? v : V_NONE; }

static const GpGetSetDef property_getsets[] = {
    {"fget", p_fget, NULL},
    {"fset", p_fset, NULL},
    {"fdel", p_fdel, NULL},
    {"__doc__", p_doc, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef property_methods[] = {
    {"getter", m_getter, GP_METH_NOKW},
    {"setter", m_setter, GP_METH_NOKW},
    {"deleter", m_deleter, GP_METH_NOKW},
    {"__set_name__", m_set_name, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_property_type = {
    .hdr = {&gp_type_type},
    .name = "property",
    .base = &gp_object_type,
    .size = sizeof(GpProperty),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(GpProperty, dict),
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .trace = property_trace,
    .getsets = property_getsets,
    .methods = property_methods,
};
GP_REGISTER_TYPE(gp_property_type);

/* ---- super */

typedef struct Super {
    GpObj hdr;
    Value type;     /* the class after which lookup starts */
    Value obj;      /* the instance (or class) bound, or VNULL */
    Value obj_type; /* type(obj), or obj itself when it is a class */
} Super;

static void super_trace(GpGc *gc, GpObj *self) {
    Super *s = (Super *)self;
    gc_mark(gc, s->type);
    gc_mark(gc, s->obj);
    gc_mark(gc, s->obj_type);
}

static Value super_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args; (void)nargs; (void)kw;
    GpType *type = (GpType *)v_obj(callable);
    Super *s = gp_alloc(t, type, type->size);
    return s ? v_from_obj(s) : VNULL;
}

static Value supercheck(GpThread *t, Value type, Value obj) {
    if (v_has_flag(obj, GP_TF_TYPE_SUB) && gp_type_is_subtype((GpType *)v_obj(obj), (GpType *)v_obj(type))) return obj;
    if (gp_isinstance_type(obj, (GpType *)v_obj(type))) return v_from_obj(v_type(obj));
    return gp_raise(t, &gp_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/* name == "__class__", asked on every super() call: compared with a
 * constant length so that no strlen or library call runs. */
static inline int is_class_name(Value name) {
    return gp_str_nbytes(name) == 9 && !memcmp(gp_str_data(name), "__class__", 9);
}

static int super_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && gp_tuple_len(kw)) return gp_raise_i(t, &gp_TypeError, "super() takes no keyword arguments");
    if (nargs > 2) return gp_raise_i(t, &gp_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    Value type, obj = VNULL;
    if (nargs == 0) {
        /* Zero-argument form: the calling method's __class__ cell and its
         * first argument. */
        GpFrame *f = t->frame;
        if (!f || !f->func || !f->code->argcount) return gp_raise_i(t, &gp_RuntimeError, "super(): no arguments");
        obj = f->regs[0];
        if (obj && v_is_type(obj, &gp_cell_type)) obj = ((GpCell *)v_obj(obj))->v;
        if (!obj) return gp_raise_i(t, &gp_RuntimeError, "super(): arg[0] deleted");
        GpCode *co = f->code;
        GpFunc *fn = (GpFunc *)v_obj(f->func);
        type = VNULL;
        for (size_t i = 0; co->freevars && i < gp_tuple_len(co->freevars); i++) {
            if (is_class_name(gp_tuple_items(co->freevars)[i])) {
                Value cell = gp_tuple_items(fn->closure)[i];
                type = ((GpCell *)v_obj(cell))->v;
                if (!type) return gp_raise_i(t, &gp_RuntimeError, "super(): empty __class__ cell");
            }
        }
        if (!type) return gp_raise_i(t, &gp_RuntimeError, "super(): __class__ cell not found");
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1] == V_NONE ? VNULL : args[1];
    }
    if (!v_has_flag(type, GP_TF_TYPE_SUB))
        return gp_raise_i(t, &gp_TypeError, "super() argument 1 must be a type, not %s", v_type(type)->name);
    Super *s = (Super *)v_obj(self);
    s->type = type;
    s->obj = obj;
    if (obj) {
        s->obj_type = supercheck(t, type, obj);
        if (!s->obj_type) return -1;
    }
    return 0;
}

Value gp_super_lookup(GpThread *t, Value sup, Value name, Value *self) {
    (void)t;
    Super *s = (Super *)v_obj(sup);
    *self = VNULL;
    if (!s->obj_type || is_class_name(name)) return VNULL;
    Value mro = ((GpType *)v_obj(s->obj_type))->mro;
    size_t n = gp_tuple_len(mro), i = 0;
    while (i < n && gp_tuple_items(mro)[i] != s->type) i++;
    for (i++; i < n; i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(mro)[i]);
        Value v = b->dict ? gp_dict_get_str(b->dict, name) : VNULL;
        if (v) {
            if (s->obj != s->obj_type) *self = s->obj;
            return v;
        }
    }
    return VNULL;
}

static Value super_getattr(GpThread *t, Value self, Value name) {
    Super *s = (Super *)v_obj(self);
    if (s->obj_type && !is_class_name(name)) {
        GpType *start = (GpType *)v_obj(s->obj_type);
        Value mro = start->mro;
        size_t n = gp_tuple_len(mro), i = 0;
        while (i < n && gp_tuple_items(mro)[i] != s->type) i++;
        for (i++; i < n; i++) {
            GpType *b = (GpType *)v_obj(gp_tuple_items(mro)[i]);
            Value v = b->dict ? gp_dict_get_str(b->dict, name) : VNULL;
            if (!v) continue;
            GpType *vt = v_type(v);
            if (vt->descr_get)
                return vt->descr_get(t, v, s->obj == s->obj_type ? VNULL : s->obj, s->obj_type);
            return v;
        }
    }
    return gp_generic_getattr(t, self, name);
}

static Value super_repr(GpThread *t, Value self) {
    Super *s = (Super *)v_obj(self);
    if (s->obj_type)
        return gp_format(t, "<super: <class '%s'>, <%s object>>", ((GpType *)v_obj(s->type))->name,
                         ((GpType *)v_obj(s->obj_type))->name);
    return gp_format(t, "<super: <class '%s'>, NULL>", ((GpType *)v_obj(s->type))->name);
}

static Value super_thisclass(GpThread *t, Value self) { (void)t; return ((Super *)v_obj(self))->type; }
static Value super_self(GpThread *t, Value self) { (void)t; Value v = ((Super *)v_obj(self))->obj; return v ? v : V_NONE; }

static const GpGetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL},
    {"__self__", super_self, NULL},
    {NULL, NULL, NULL},
};

GpType gp_super_type = {
    .hdr = {&gp_type_type},
    .name = "super",
    .base = &gp_object_type,
    .size = sizeof(Super),
    .flags = GP_TF_BASETYPE,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_new,
    .init = super_init,
    .trace = super_trace,
    .getsets = super_getsets,
};
GP_REGISTER_TYPE(gp_super_type);
