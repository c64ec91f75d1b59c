/* type.c - `type` and `object`, readying types, attribute lookup.
 *
 * Attribute lookup follows CPython's PyObject_GenericGetAttr: a data
 * descriptor found on the type wins over the instance dict, which wins
 * over non-data descriptors and plain class attributes.
 */
#include "type.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "class.h"
#include "slots.h"
#include "dict.h"
#include "object_methods.h"
#include "exc.h"
#include "format.h"
#include "func.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"

/* ---- readying */

/* Slots a type without its own inherits from its base, as CPython's
 * inherit_slots does. */
static void inherit_slots(GpType *type, const GpType *base) {
#define INHERIT(slot) if (!type->slot) type->slot = base->slot
    INHERIT(repr);
    INHERIT(str);
    INHERIT(hash);
    INHERIT(richcmp);
    INHERIT(truth);
    INHERIT(len);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(next);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(binop);
    INHERIT(inplace);
    INHERIT(unop);
    INHERIT(index);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(trace);
    INHERIT(finalize);
#undef INHERIT
    if (!type->size) type->size = base->size;
    if (!type->dict_offset) type->dict_offset = base->dict_offset;
    type->flags |= base->flags & (GP_TF_INT_SUB | GP_TF_FLOAT_SUB | GP_TF_STR_SUB | GP_TF_BYTES_SUB |
                                  GP_TF_TUPLE_SUB | GP_TF_LIST_SUB | GP_TF_DICT_SUB | GP_TF_TYPE_SUB |
                                  GP_TF_EXC_SUB | GP_TF_SET_SUB);
}

static uint32_t next_static_version = 1;

static void add_to_dict(GpType *type, const char *name, Value v) {
    gp_dict_set(NULL, type->dict, gp_str_immortal(name), v);
}

/* type, then base's chain down to the first class also in base2's MRO,
 * then base2's MRO: C3's answer when the two chains share their tail. */
static void set_mro_two_bases(GpType *type) {
    Value tail = type->base2->mro;
    size_t ntail = gp_tuple_len(tail), n = 1;
    for (const GpType *b = type->base; b && !gp_type_is_subtype(type->base2, b); b = b->base) n++;
    type->mro = gp_tuple_new(NULL, n + ntail);
    Value *items = gp_tuple_items(type->mro);
    size_t i = 0;
    items[i++] = v_from_obj(type);
    for (GpType *b = type->base; i < n; b = b->base) items[i++] = v_from_obj(b);
    for (size_t k = 0; k < ntail; k++) items[i++] = gp_tuple_items(tail)[k];
    type->bases = gp_tuple_pack(NULL, 2, v_from_obj(type->base), v_from_obj(type->base2));
}

int gp_type_ready(GpThread *t, GpType *type) {
    if (type->flags & GP_TF_READY) return 0;
    if (type->base && gp_type_ready(t, type->base) < 0) return -1;
    if (type->base2 && gp_type_ready(t, type->base2) < 0) return -1;
    if (!type->hdr.type) type->hdr.type = &gp_type_type;
    if (type->base) inherit_slots(type, type->base);
    if (!type->name_obj) {
        const char *dot = strrchr(type->name, '.');
        type->name_obj = gp_str_immortal(dot ? dot + 1 : type->name);
        type->qualname = type->name_obj;
        if (dot) {
            char mod[64];
            size_t n = (size_t)(dot - type->name) < sizeof mod - 1 ? (size_t)(dot - type->name) : sizeof mod - 1;
            memcpy(mod, type->name, n);
            mod[n] = 0;
            type->module = gp_str_immortal(mod);
        } else {
            type->module = gp_str_immortal("builtins");
        }
    }
    if (type->base2) {
        set_mro_two_bases(type);
    } else {
        size_t depth = 0;
        for (const GpType *b = type; b; b = b->base) depth++;
        type->mro = gp_tuple_new(NULL, depth);
        size_t i = 0;
        for (GpType *b = type; b; b = b->base) gp_tuple_items(type->mro)[i++] = v_from_obj(b);
        type->bases = type->base ? gp_tuple_pack(NULL, 1, v_from_obj(type->base)) : gp_tuple_empty();
    }
    type->dict = gp_dict_new(NULL);
    for (const GpMethodDef *m = type->methods; m && m->name; m++)
        add_to_dict(type, m->name, gp_builtin_new(NULL, m, VNULL, type));
    for (const GpGetSetDef *g = type->getsets; g && g->name; g++) {
        GpGetSetDescr *d = gp_alloc(NULL, &gp_getset_descr_type, sizeof *d);
        d->def = g;
        d->owner = type;
        add_to_dict(type, g->name, v_from_obj(d));
    }
    if (type->doc) add_to_dict(type, "__doc__", gp_str_immortal(type->doc));
    gp_add_slot_wrappers(type);
    type->version = next_static_version++;
    type->flags |= GP_TF_READY;
    return 0;
}

extern GpType *const __start_gp_types[], *const __stop_gp_types[];
extern GpType *const gp_exception_types[];
extern GpType *const gp_builtin_type_table[];
extern const size_t gp_exception_types_count;

static pthread_once_t types_once = PTHREAD_ONCE_INIT;

static void init_types_once(void) {
    gp_exc_types_prepare();
    gp_type_ready(NULL, &gp_object_type);
    gp_type_ready(NULL, &gp_type_type);
    for (GpType *const *p = __start_gp_types; p < __stop_gp_types; p++) gp_type_ready(NULL, *p);
    /* The builtins' types, in case one was not registered. */
    for (size_t i = 0; gp_builtin_type_table[i]; i++) gp_type_ready(NULL, gp_builtin_type_table[i]);
    for (size_t i = 0; i < gp_exception_types_count; i++) gp_type_ready(NULL, gp_exception_types[i]);
}

void gp_types_init(void) { pthread_once(&types_once, init_types_once); }

void gp_type_modified(GpThread *t, GpType *type) {
    /* Heap types take versions from a per-interpreter counter that starts
     * above every static type's version. */
    type->version = t->interp->next_type_version++;
}

/* ---- lookup */

static Value mro_lookup(const GpType *type, Value name);

Value gp_type_lookup(const GpType *type, Value name) {
    if (type->flags & GP_TF_HEAPTYPE) {
        /* The class's memo (class.h); names are mostly interned, so their
         * address is a good key. */
        GpTypeCacheEntry *e =
            &((GpHeapType *)type)->lookup_cache[(name >> 4 ^ name >> 10) & (GP_TYPE_CACHE_SIZE - 1)];
        if (e->name == name && e->version == type->version) return e->value;
        Value v = mro_lookup(type, name);
        e->name = name;
        e->value = v;
        e->version = type->version;
        return v;
    }
    return mro_lookup(type, name);
}

static Value mro_lookup(const GpType *type, Value name) {
    Value mro = type->mro;
    if (!mro) return type->dict ? gp_dict_get_str(type->dict, name) : VNULL;
    size_t n = gp_tuple_len(mro);
    Value *items = gp_tuple_items(mro);
    for (size_t i = 0; i < n; i++) {
        GpType *b = (GpType *)v_obj(items[i]);
        if (!b->dict) continue;
        Value v = gp_dict_get_str(b->dict, name);
        if (v) return v;
    }
    return VNULL;
}

Value gp_type_lookup_cstr(const GpType *type, const char *name) {
    Value mro = type->mro;
    size_t n = mro ? gp_tuple_len(mro) : 0;
    for (size_t i = 0; i < n; i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(mro)[i]);
        Value v = b->dict ? gp_dict_get_cstr(b->dict, name) : VNULL;
        if (v) return v;
    }
    return VNULL;
}

size_t gp_var_part_size(GpObj *o) {
    uint32_t f = o->type->flags;
    if (f & GP_TF_TUPLE_SUB) return ((GpTuple *)o)->n * sizeof(Value);
    if (f & GP_TF_STR_SUB) return gp_str_var_size(v_from_obj(o));
    if (f & GP_TF_BYTES_SUB) return gp_bytes_var_size(v_from_obj(o));
    return 0;
}

Value *gp_instance_dict_slot(Value obj) {
    if (!v_is_obj(obj)) return NULL;
    GpType *type = v_obj(obj)->type;
    int32_t off = type->dict_offset;
    if (off > 0) return (Value *)((char *)v_obj(obj) + off);
    if (off < 0) return (Value *)((char *)v_obj(obj) + type->size + gp_var_part_size(v_obj(obj)) - sizeof(Value));
    return NULL;
}

Value gp_instance_dict(GpThread *t, Value obj) {
    Value *slot = gp_instance_dict_slot(obj);
    if (!slot) return VNULL;
    if (!*slot) {
        Value d = gp_dict_new(t);
        if (!d) return VNULL;
        *slot = d;
    }
    return *slot;
}

Value gp_raise_no_attr(GpThread *t, Value obj, Value name) {
    Value exc;
    if (v_is_obj(obj) && v_obj(obj)->type->flags & GP_TF_TYPE_SUB)
        exc = gp_format(t, "type object '%s' has no attribute '%U'", ((GpType *)v_obj(obj))->name, name);
    else
        exc = gp_format(t, "'%s' object has no attribute '%U'", v_type(obj)->name, name);
    if (!exc) return VNULL;
    Value e = gp_exc_new(t, &gp_AttributeError, gp_tuple_pack(t, 1, exc));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", name);
    gp_exc_set_attr(t, e, "obj", obj);
    gp_exc_restore(t, e);
    return VNULL;
}

static int is_data_descr(Value d) {
    return v_is_obj(d) && v_obj(d)->type->descr_set != NULL;
}

Value gp_generic_getattr_opt(GpThread *t, Value obj, Value name) {
    GpType *type = v_type(obj);
    Value descr = gp_type_lookup(type, name);
    GpType *dtype = descr ? v_type(descr) : NULL;
    if (descr && dtype->descr_get && dtype->descr_set)
        return dtype->descr_get(t, descr, obj, v_from_obj(type));
    Value *slot = gp_instance_dict_slot(obj);
    if (slot && *slot) {
        Value v;
        int r = gp_dict_lookup(t, *slot, name, &v);
        if (r < 0) return VNULL;
        if (r) return v;
    }
    if (descr) {
        if (dtype->descr_get) return dtype->descr_get(t, descr, obj, v_from_obj(type));
        return descr;
    }
    return VNULL;
}

Value gp_generic_getattr(GpThread *t, Value obj, Value name) {
    Value v = gp_generic_getattr_opt(t, obj, name);
    if (!v && !t->exc) return gp_raise_no_attr(t, obj, name);
    return v;
}

int gp_generic_setattr(GpThread *t, Value obj, Value name, Value v) {
    GpType *type = v_type(obj);
    Value descr = gp_type_lookup(type, name);
    if (descr && is_data_descr(descr)) return v_type(descr)->descr_set(t, descr, obj, v);
    Value *slot = gp_instance_dict_slot(obj);
    if (!slot) {
        if (descr)
            return gp_raise_i(t, &gp_AttributeError, "'%s' object attribute '%U' is read-only", type->name, name);
        gp_raise_no_attr(t, obj, name);
        return -1;
    }
    Value d = gp_instance_dict(t, obj);
    if (!d) return -1;
    if (v) return gp_dict_set(t, d, name, v);
    int r = gp_dict_del(t, d, name);
    if (r == 0) {
        gp_raise_no_attr(t, obj, name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int gp_hash_not_implemented(GpThread *t, Value self, int64_t *out) {
    (void)out;
    return gp_raise_i(t, &gp_TypeError, "unhashable type: '%s'", v_type(self)->name);
}

/* ---- object */

static Value object_repr(GpThread *t, Value self) {
    GpType *type = v_type(self);
    Value mod = type->flags & GP_TF_HEAPTYPE ? gp_dict_get_cstr(type->dict, "__module__") : type->module;
    if (mod && gp_is_str(mod) && !gp_str_eq_cstr(mod, "builtins"))
        return gp_format(t, "<%U.%U object at %p>", mod, type->qualname, (void *)v_obj(self));
    return gp_format(t, "<%U object at %p>", type->qualname, (void *)v_obj(self));
}

static Value object_str(GpThread *t, Value self) {
    GpType *type = v_type(self);
    return type->repr ? type->repr(t, self) : object_repr(t, self);
}

static int object_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    uint64_t p = (uint64_t)self;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value object_richcmp(GpThread *t, Value a, Value b, int op) {
    (void)t;
    if (op == GP_EQ) return a == b ? V_TRUE : V_NOTIMPL;
    if (op == GP_NE) {
        /* __ne__ inverts __eq__ unless that is NotImplemented. */
        GpType *type = v_type(a);
        if (type->richcmp && type->richcmp != object_richcmp) {
            Value r = type->richcmp(t, a, b, GP_EQ);
            if (!r || r == V_NOTIMPL) return r;
            int truth = gp_truthy(t, r);
            return truth < 0 ? VNULL : v_bool(!truth);
        }
        return a == b ? V_FALSE : V_NOTIMPL;
    }
    return V_NOTIMPL;
}

static Value object_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = (GpType *)v_obj(callable);
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    /* Excess arguments are an error unless __init__ is overridden (and
     * __new__ is not), with CPython's two messages. */
    if (nargs || nkw) {
        if (type->new_ != gp_object_type.new_)
            return gp_raise(t, &gp_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == gp_object_type.init) return gp_raise(t, &gp_TypeError, "%s() takes no arguments", type->name);
    }
    (void)args;
    if (type->flags & GP_TF_ABSTRACT)
        return gp_raise(t, &gp_TypeError, "cannot create '%s' instances", type->name);
    GpObj *o = gp_alloc(t, type, type->size);
    return o ? v_from_obj(o) : VNULL;
}

static int object_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = v_type(self);
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    (void)args;
    if (nargs || nkw) {
        if (type->init != gp_object_type.init)
            return gp_raise_i(t, &gp_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (type->new_ == gp_object_type.new_)
            return gp_raise_i(t, &gp_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                              type->name);
    }
    return 0;
}

static void object_trace(GpGc *gc, GpObj *self) {
    int32_t off = self->type->dict_offset;
    if (off) gc_mark(gc, *(Value *)((char *)self + off));
}

static Value object_get_class(GpThread *t, Value self) {
    (void)t;
    return v_from_obj(v_type(self));
}

/* obj.__class__ = C: only between classes whose instances have the same
 * layout (same solid base, size, dict and slots), as CPython requires, so
 * the object's memory stays valid for its new type. */
static int object_set_class(GpThread *t, Value self, Value v) {
    if (!v) return gp_raise_i(t, &gp_TypeError, "can't delete __class__ attribute");
    if (!v_has_flag(v, GP_TF_TYPE_SUB))
        return gp_raise_i(t, &gp_TypeError, "__class__ must be set to a class, not '%s' object", v_type(v)->name);
    GpType *old = v_type(self), *nw = (GpType *)v_obj(v);
    if (!(old->flags & GP_TF_HEAPTYPE) || !(nw->flags & GP_TF_HEAPTYPE))
        return gp_raise_i(t, &gp_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    GpType *ob = old, *nb = nw;
    while (ob->flags & GP_TF_HEAPTYPE) ob = ob->base;
    while (nb->flags & GP_TF_HEAPTYPE) nb = nb->base;
    if (ob != nb || old->size != nw->size || old->dict_offset != nw->dict_offset ||
        !gp_class_same_slots(old, nw))
        return gp_raise_i(t, &gp_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nw->name,
                          old->name);
    v_obj(self)->type = nw;
    return 0;
}

static const GpGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};


/* object.__init_subclass__: the end of every super().__init_subclass__
 * chain; it accepts nothing. */
static Value object_init_subclass(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (kw && gp_tuple_len(kw))
        return gp_raise(t, &gp_TypeError, "%s.__init_subclass__() takes no keyword arguments", ((GpType *)v_obj(cls))->name);
    if (nargs)
        return gp_raise(t, &gp_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                        ((GpType *)v_obj(cls))->name, nargs);
    return V_NONE;
}

static Value object_subclasshook(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw) {
    (void)t;
    (void)cls;
    (void)args;
    (void)nargs;
    (void)kw;
    return V_NOTIMPL;
}

static const GpMethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, GP_METH_CLASS},
    {"__subclasshook__", object_subclasshook, GP_METH_CLASS},
    {"__reduce__", gp_object_reduce, GP_METH_NOKW},
    {"__reduce_ex__", gp_object_reduce_ex, GP_METH_NOKW},
    {"__getstate__", gp_object_getstate, GP_METH_NOKW},
    {"__dir__", gp_object_dir, GP_METH_NOKW},
    {"__sizeof__", gp_object_sizeof, GP_METH_NOKW},
    {"__format__", gp_object_m_format, 0},
    {NULL, NULL, 0},
};

GpType gp_object_type = {
    .hdr = {&gp_type_type},
    .name = "object",
    .size = sizeof(GpObj),
    .flags = GP_TF_BASETYPE,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcmp = object_richcmp,
    .getattr = gp_generic_getattr,
    .setattr = gp_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .trace = object_trace,
    .getsets = object_getsets,
    .methods = object_methods,
    .doc = "The base class of the class hierarchy.",
};

/* ---- type */

static Value type_repr(GpThread *t, Value self) {
    GpType *type = (GpType *)v_obj(self);
    Value mod = type->flags & GP_TF_HEAPTYPE ? gp_dict_get_cstr(type->dict, "__module__") : type->module;
    if (mod && gp_is_str(mod) && !gp_str_eq_cstr(mod, "builtins"))
        return gp_format(t, "<class '%U.%U'>", mod, type->qualname);
    return gp_format(t, "<class '%U'>", type->qualname);
}

static Value type_getattr(GpThread *t, Value self, Value name) {
    GpType *type = (GpType *)v_obj(self);
    GpType *meta = v_type(self);
    Value meta_attr = gp_type_lookup(meta, name);
    if (meta_attr && is_data_descr(meta_attr))
        return v_type(meta_attr)->descr_get(t, meta_attr, self, v_from_obj(meta));
    Value attr = gp_type_lookup(type, name);
    if (attr) {
        GpType *at = v_type(attr);
        if (at->descr_get) return at->descr_get(t, attr, VNULL, self);
        return attr;
    }
    if (meta_attr) {
        GpType *mt = v_type(meta_attr);
        if (mt->descr_get) return mt->descr_get(t, meta_attr, self, v_from_obj(meta));
        return meta_attr;
    }
    return gp_raise_no_attr(t, self, name);
}

static int type_setattr(GpThread *t, Value self, Value name, Value v) {
    GpType *type = (GpType *)v_obj(self);
    if (!(type->flags & GP_TF_HEAPTYPE))
        return gp_raise_i(t, &gp_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type->name);
    Value meta_attr = gp_type_lookup(v_type(self), name);
    if (meta_attr && is_data_descr(meta_attr)) return v_type(meta_attr)->descr_set(t, meta_attr, self, v);
    int r;
    if (v) {
        r = gp_dict_set(t, type->dict, name, v);
    } else {
        r = gp_dict_del(t, type->dict, name);
        if (r == 0) {
            gp_raise_no_attr(t, self, name);
            r = -1;
        }
    }
    if (r >= 0) gp_heap_type_modified(t, type, name);
    return r < 0 ? -1 : 0;
}

static Value type_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpType *type = (GpType *)v_obj(callable);
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    if (type == &gp_type_type && nargs == 1 && nkw == 0) return v_from_obj(v_type(args[0]));
    if (!type->new_) return gp_raise(t, &gp_TypeError, "cannot create '%s' instances", type->name);
    Value obj = type->new_(t, callable, args, nargs, kwnames);
    if (!obj) return VNULL;
    GpType *ot = v_type(obj);
    if (type == &gp_type_type && nargs == 1 && nkw == 0) return obj;
    if (ot->init && gp_type_is_subtype(ot, type)) {
        if (ot->init(t, obj, args, nargs, kwnames) < 0) return VNULL;
    }
    return obj;
}

static void type_trace(GpGc *gc, GpObj *self) {
    GpType *type = (GpType *)self;
    gc_mark(gc, v_from_obj(type->base));
    gc_mark(gc, type->name_obj);
    gc_mark(gc, type->qualname);
    gc_mark(gc, type->module);
    gc_mark(gc, type->bases);
    gc_mark(gc, type->mro);
    gc_mark(gc, type->dict);
    if (type->flags & GP_TF_HEAPTYPE) gp_heap_type_trace(gc, type);
}

static Value type_get_name(GpThread *t, Value self) {
    (void)t;
    return ((GpType *)v_obj(self))->name_obj;
}
static Value type_get_qualname(GpThread *t, Value self) {
    (void)t;
    return ((GpType *)v_obj(self))->qualname;
}
static Value type_get_module(GpThread *t, Value self) {
    GpType *type = (GpType *)v_obj(self);
    Value m = type->flags & GP_TF_HEAPTYPE ? gp_dict_get_cstr(type->dict, "__module__") : type->module;
    return m ? m : gp_str_intern_cstr(t, "builtins");
}
static Value type_get_bases(GpThread *t, Value self) {
    (void)t;
    return ((GpType *)v_obj(self))->bases;
}
static Value type_get_mro(GpThread *t, Value self) {
    (void)t;
    return ((GpType *)v_obj(self))->mro;
}
static Value type_get_dict(GpThread *t, Value self) {
    return gp_mappingproxy_new(t, ((GpType *)v_obj(self))->dict);
}
static Value type_get_base(GpThread *t, Value self) {
    (void)t;
    GpType *b = ((GpType *)v_obj(self))->base;
    return b ? v_from_obj(b) : V_NONE;
}
static Value type_get_doc(GpThread *t, Value self) {
    (void)t;
    Value d = gp_dict_get_cstr(((GpType *)v_obj(self))->dict, "__doc__");
    return d ? d : V_NONE;
}

static Value type_mro_method(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    extern Value gp_list_from(GpThread * t, const Value *items, size_t n);
    Value mro = ((GpType *)v_obj(self))->mro;
    return gp_list_from(t, gp_tuple_items(mro), gp_tuple_len(mro));
}

static Value type_subclasscheck(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (gp_check_nargs(t, "__subclasscheck__", nargs, 1, 1) < 0 || gp_check_no_kw(t, "__subclasscheck__", kw) < 0)
        return VNULL;
    int r = gp_issubclass(t, args[0], self);
    return r < 0 ? VNULL : v_bool(r);
}

static Value type_instancecheck(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (gp_check_nargs(t, "__instancecheck__", nargs, 1, 1) < 0 || gp_check_no_kw(t, "__instancecheck__", kw) < 0)
        return VNULL;
    return v_bool(gp_isinstance_type(args[0], (GpType *)v_obj(self)));
}

/* Only classes may be renamed or re-documented; builtin types are shared
 * by every interpreter and immutable. */
static int check_mutable_type(GpThread *t, Value self, const char *attr, Value v) {
    GpType *type = (GpType *)v_obj(self);
    if (!(type->flags & GP_TF_HEAPTYPE))
        return gp_raise_i(t, &gp_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, type->name);
    if (!v) return gp_raise_i(t, &gp_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, type->name);
    return 0;
}

static int type_set_name(GpThread *t, Value self, Value v) {
    if (check_mutable_type(t, self, "__name__", v) < 0) return -1;
    GpType *type = (GpType *)v_obj(self);
    if (!gp_is_str(v))
        return gp_raise_i(t, &gp_TypeError, "can only assign string to %s.__name__, not '%s'", type->name,
                          v_type(v)->name);
    if (strlen(gp_str_data(v)) != gp_str_nbytes(v))
        return gp_raise_i(t, &gp_ValueError, "type name must not contain null characters");
    type->name_obj = v;
    type->name = gp_str_data(v);
    return 0;
}

static int type_set_qualname(GpThread *t, Value self, Value v) {
    if (check_mutable_type(t, self, "__qualname__", v) < 0) return -1;
    GpType *type = (GpType *)v_obj(self);
    if (!gp_is_str(v))
        return gp_raise_i(t, &gp_TypeError, "can only assign string to %s.__qualname__, not '%s'", type->name,
                          v_type(v)->name);
    type->qualname = v;
    return 0;
}

static int type_set_dict_entry(GpThread *t, Value self, const char *attr, Value v) {
    if (check_mutable_type(t, self, attr, v) < 0) return -1;
    GpType *type = (GpType *)v_obj(self);
    Value key = gp_str_intern_cstr(t, attr);
    if (!key || gp_dict_set(t, type->dict, key, v) < 0) return -1;
    gp_heap_type_modified(t, type, key);
    return 0;
}
static int type_set_module(GpThread *t, Value self, Value v) { return type_set_dict_entry(t, self, "__module__", v); }
static int type_set_doc(GpThread *t, Value self, Value v) { return type_set_dict_entry(t, self, "__doc__", v); }

static const GpGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__annotations__", gp_type_get_annotations, gp_type_set_annotations},
    {"__abstractmethods__", gp_type_get_abstractmethods, gp_type_set_abstractmethods},
    {"__basicsize__", gp_type_get_basicsize, NULL},
    {"__itemsize__", gp_type_get_zero, NULL},
    {"__flags__", gp_type_get_flags, NULL},
    {"__dictoffset__", gp_type_get_dictoffset, NULL},
    {"__weakrefoffset__", gp_type_get_zero, NULL},
    {"__text_signature__", gp_type_get_text_signature, NULL},
    {"__type_params__", gp_type_get_type_params, gp_type_set_type_params},
    {NULL, NULL, NULL},
};

static Value type_subclasses(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "__subclasses__", nargs, 0, 0) < 0) return VNULL;
    return gp_class_subclasses(t, (GpType *)v_obj(self));
}

static const GpMethodDef type_methods[] = {
    {"mro", type_mro_method, GP_METH_NOKW},
    {"__subclasses__", type_subclasses, GP_METH_NOKW},
    {"__subclasscheck__", type_subclasscheck, 0},
    {"__instancecheck__", type_instancecheck, 0},
    {"__dir__", gp_type_dir, GP_METH_NOKW},
    {"__prepare__", gp_type_prepare, GP_METH_CLASS},
    {NULL, NULL, 0},
};

static Value type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    extern Value gp_class_new(GpThread * t, Value meta, const Value *args, size_t nargs, Value kwnames);
    (void)callable;
    if (nargs == 1 && !kwnames) return v_from_obj(v_type(args[0]));
    if (nargs != 3) return gp_raise(t, &gp_TypeError, "type() takes 1 or 3 arguments");
    return gp_class_new(t, callable, args, nargs, kwnames);
}

static int type_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)t;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kwnames;
    return 0;
}

GP_REGISTER_TYPE(gp_object_type);

GpType gp_type_type = {
    .hdr = {&gp_type_type},
    .name = "type",
    .base = &gp_object_type,
    .size = sizeof(GpHeapType),
    .flags = GP_TF_BASETYPE | GP_TF_TYPE_SUB,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .binop = gp_type_binop,
    .new_ = type_new,
    .init = type_init,
    .trace = type_trace,
    .getsets = type_getsets,
    .methods = type_methods,
};

/* ---- getset descriptors */

static Value getset_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    GpGetSetDescr *d = (GpGetSetDescr *)v_obj(descr);
    if (!obj) return descr;
    if (!gp_type_is_subtype(v_type(obj), d->owner))
        return gp_raise(t, &gp_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->def->name, d->owner->name, v_type(obj)->name);
    return d->def->get(t, obj);
}

static int getset_set(GpThread *t, Value descr, Value obj, Value v) {
    GpGetSetDescr *d = (GpGetSetDescr *)v_obj(descr);
    if (!d->def->set) {
        if (!v) return gp_raise_i(t, &gp_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->owner->name);
        return gp_raise_i(t, &gp_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->owner->name);
    }
    return d->def->set(t, obj, v);
}

static Value getset_repr(GpThread *t, Value self) {
    GpGetSetDescr *d = (GpGetSetDescr *)v_obj(self);
    return gp_format(t, "<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static void getset_trace(GpGc *gc, GpObj *self) { gc_mark(gc, v_from_obj(((GpGetSetDescr *)self)->owner)); }

Value gp_getset_descr_new(GpThread *t, GpType *owner, const GpGetSetDef *def) {
    GpGetSetDescr *d = gp_alloc(t, &gp_getset_descr_type, sizeof *d);
    if (!d) return VNULL;
    d->def = def;
    d->owner = owner;
    return v_from_obj(d);
}

GpType gp_getset_descr_type = {
    .hdr = {&gp_type_type},
    .name = "getset_descriptor",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'getset_descriptor' instances" */
    .base = &gp_object_type,
    .size = sizeof(GpGetSetDescr),
    .repr = getset_repr,
    .trace = getset_trace,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

GP_REGISTER_TYPE(gp_type_type);
GP_REGISTER_TYPE(gp_getset_descr_type);
