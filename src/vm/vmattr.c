/* vmattr.c - attribute reads, writes and method loads with inline caches
 * (GETATTR, SETATTR, LOADMETHOD).
 *
 * Why caches are keyed by type versions: a type's version changes whenever
 * the type or one of its bases gains, loses or rebinds an attribute
 * (gp_heap_type_modified), and versions are never reused, so a cached
 * version proves that looking the name up along the MRO would find the
 * same thing as when the cache was filled. What is cached is therefore
 * what that lookup decided (vmops.h, AC_*), in an entry of two words
 * (kind << 32 | version, datum):
 *
 *   AC_DICT      the attribute lives in the instance dict (no data
 *                descriptor of that name in the MRO); the datum is the
 *                entry's index, which instances built by the same
 *                __init__ share, confirmed by the key stored there;
 *   AC_SLOT      a __slots__ member: the datum is its byte offset;
 *   AC_PROPERTY  a property (the datum, as for the next two);
 *   AC_DATA      another data descriptor of a builtin type (a getset);
 *   AC_CLASS     a class attribute that is no data descriptor (a method,
 *                a constant): used unless the instance dict shadows it.
 *
 * A cache holds two entries (GP_CACHE_WORDS), the most recently filled
 * first: a site that sees instances of two classes (a method of a base
 * called on two subclasses) hits either. LOADMETHOD's entries are
 * (version, method).
 *
 * Only descriptors whose type is builtin are cached: a class written in
 * Python could gain __set__ later without any change to the version of
 * the class that holds its instance. A cached descriptor or class value is
 * reachable from the class dict for as long as the version matches, so the
 * collector never needs to see the cache.
 */
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/class.h"
#include "../obj/dict.h"
#include "../obj/func.h"
#include "../obj/str.h"
#include "../obj/type.h"
#include "error.h"
#include "vmops.h"

/* The entry of cache valid for type tp, or NULL. (Every type that has
 * instances is readied, with a version; 0 would match empty entries.) */
static inline Instr *cache_entry(Instr *cache, const GpType *tp) {
    if (!tp->version) return NULL;
    if ((uint32_t)cache[0] == tp->version) return cache;
    if ((uint32_t)cache[2] == tp->version) return cache + 2;
    return NULL;
}

/* Fill an entry for tp, keeping the previous first entry as the second. */
static inline Instr *cache_fill(Instr *cache, const GpType *tp, unsigned kind, Instr data) {
    if ((uint32_t)cache[0] != tp->version) {
        cache[2] = cache[0];
        cache[3] = cache[1];
    }
    cache[0] = ((Instr)kind << 32) | tp->version;
    cache[1] = data;
    return cache;
}

/* A dict index remembered by either entry: instances of classes built
 * alike (a base and its subclasses) keep an attribute at the same index. */
static inline Instr dict_index_hint(const Instr *cache) {
    if ((cache[0] >> 32) == AC_DICT) return cache[1];
    if ((cache[2] >> 32) == AC_DICT) return cache[3];
    return (Instr)-1;
}

/* The descriptor kind to cache for d found in the MRO of tp, or 0 for none. */
static unsigned descr_kind(const GpType *tp, Value d) {
    GpType *dt = v_type(d);
    if (dt->flags & GP_TF_HEAPTYPE) return 0;
    if (!dt->descr_set) return AC_CLASS;
    if (dt == &gp_member_descr_type)
        return gp_type_is_subtype((GpType *)tp, ((GpMemberDescr *)v_obj(d))->owner) ? AC_SLOT : 0;
    if (dt == &gp_property_type) return AC_PROPERTY;
    return dt->descr_get ? AC_DATA : 0;
}

/* gp_instance_dict_slot for an object, with the usual case inline. */
static inline Value *dict_slot(Value obj) {
    int32_t off = v_obj(obj)->type->dict_offset;
    if (off > 0) return (Value *)((char *)v_obj(obj) + off);
    return off ? gp_instance_dict_slot(obj) : NULL;
}

/* The value of name in obj's instance dict, or VNULL. */
static Value dict_get(Value obj, Value name) {
    if (!v_is_obj(obj)) return VNULL;
    Value *slot = dict_slot(obj);
    if (!slot || !*slot || !vm_dict_may_have(gp_dict_obj(*slot), name)) return VNULL;
    return gp_dict_get_str(*slot, name);
}

static Value bind(GpThread *t, Value d, Value obj, GpType *tp) {
    GpType *dt = v_type(d);
    return dt->descr_get ? dt->descr_get(t, d, obj, v_from_obj(tp)) : d;
}

/* A cache miss: the generic lookup, filling the cache where it can. */
static Value getattr_fill(GpThread *t, Value obj, Value name, Instr *cache) {
    GpType *tp = v_obj(obj)->type;
    if (tp->getattr != gp_generic_getattr || !v_is_type(name, &gp_str_type) || !tp->version)
        return gp_getattr(t, obj, name);
    Value d = gp_type_lookup(tp, name);
    unsigned kind = d ? descr_kind(tp, d) : AC_DICT;
    if (d && !kind) return gp_getattr(t, obj, name);
    switch (kind) {
    case AC_SLOT: cache_fill(cache, tp, kind, ((GpMemberDescr *)v_obj(d))->offset); return bind(t, d, obj, tp);
    case AC_PROPERTY:
    case AC_DATA: cache_fill(cache, tp, kind, d); return bind(t, d, obj, tp);
    default: break;
    }
    Value *slot = dict_slot(obj);
    if (slot && *slot && gp_is_dict(*slot)) {
        GpDict *dict = gp_dict_obj(*slot);
        Instr ix = dict_index_hint(cache);
        if (ix < dict->nentries && dict->entries[ix].key == name) {
            cache_fill(cache, tp, AC_DICT, ix);
            return dict->entries[ix].value;
        }
        int64_t j = gp_dict_find_str_index(*slot, name);
        if (j >= 0) {
            cache_fill(cache, tp, AC_DICT, (Instr)j);
            return dict->entries[j].value;
        }
    }
    if (!d) return gp_getattr(t, obj, name); /* raises AttributeError (or __getattr__ of a builtin base) */
    cache_fill(cache, tp, AC_CLASS, d);
    return bind(t, d, obj, tp);
}

Value vm_getattr(GpThread *t, Value obj, Value name, Instr *cache) {
    if (!v_is_obj(obj)) return gp_getattr(t, obj, name);
    GpType *tp = v_obj(obj)->type;
    Instr *e = cache_entry(cache, tp);
    if (!e) return getattr_fill(t, obj, name, cache);
    switch ((unsigned)(e[0] >> 32)) {
    case AC_DICT: {
        Value *slot = dict_slot(obj);
        if (!slot || !*slot) break;
        GpDict *dict = gp_dict_obj(*slot);
        Instr ix = e[1];
        if (ix < dict->nentries && dict->entries[ix].key == name) return dict->entries[ix].value;
        int64_t j = gp_dict_find_str_index(*slot, name);
        if (j < 0) break;
        e[1] = (Instr)j;
        return dict->entries[j].value;
    }
    case AC_SLOT: {
        Value v = *(Value *)((char *)v_obj(obj) + e[1]);
        if (v) return v;
        break;
    }
    case AC_PROPERTY:
    case AC_DATA: return bind(t, (Value)e[1], obj, tp);
    case AC_CLASS: {
        Value v = dict_get(obj, name);
        return v ? v : bind(t, (Value)e[1], obj, tp);
    }
    default: break;
    }
    return getattr_fill(t, obj, name, cache);
}

/* Store into the instance dict of obj, whose type has no data descriptor
 * of that name; the dict is created on first use. e: the cache entry. */
static int dict_store(GpThread *t, Value obj, Value name, Value v, Instr *e) {
    Value *slot = dict_slot(obj);
    GpType *tp = v_obj(obj)->type;
    uint32_t *hint = (tp->flags & GP_TF_HEAPTYPE) ? &((GpHeapType *)tp)->attr_hint : NULL;
    if (!*slot && !(*slot = gp_dict_new_presized(t, hint ? *hint : 0))) return -1;
    Value dict = *slot;
    GpDict *d = gp_dict_obj(dict);
    Instr ix = e[1];
    if (ix < d->nentries && d->entries[ix].key == name) {
        d->entries[ix].value = v;
        return 0;
    }
    int64_t j = gp_dict_set_str_index(t, dict, name, v);
    if (j < 0) return -1;
    e[1] = (Instr)j;
    if (hint && d->used > *hint) *hint = (uint32_t)d->used;
    return 0;
}

int vm_setattr(GpThread *t, Value obj, Value name, Value v, Instr *cache) {
    if (!v_is_obj(obj)) return gp_setattr(t, obj, name, v);
    GpType *tp = v_obj(obj)->type;
    Instr *e = cache_entry(cache, tp);
    if (e) {
        switch ((unsigned)(e[0] >> 32)) {
        case AC_DICT: return dict_store(t, obj, name, v, e);
        case AC_SLOT: *(Value *)((char *)v_obj(obj) + e[1]) = v; return 0;
        case AC_PROPERTY:
        case AC_DATA: {
            Value d = (Value)e[1];
            return v_obj(d)->type->descr_set(t, d, obj, v);
        }
        default: break;
        }
    }
    if (tp->setattr != gp_generic_setattr || !v_is_type(name, &gp_str_type) || !tp->version)
        return gp_setattr(t, obj, name, v);
    Value d = gp_type_lookup(tp, name);
    unsigned kind = d ? descr_kind(tp, d) : AC_DICT;
    if (kind == AC_CLASS) kind = AC_DICT; /* a non-data class attribute is shadowed by the store */
    if (!kind || (kind == AC_DICT && !dict_slot(obj))) return gp_setattr(t, obj, name, v);
    if (kind == AC_SLOT) e = cache_fill(cache, tp, kind, ((GpMemberDescr *)v_obj(d))->offset);
    else e = cache_fill(cache, tp, kind, kind == AC_DICT ? dict_index_hint(cache) : (Instr)d);
    switch (kind) {
    case AC_DICT: return dict_store(t, obj, name, v, e);
    case AC_SLOT: *(Value *)((char *)v_obj(obj) + e[1]) = v; return 0;
    default: return v_obj(d)->type->descr_set(t, d, obj, v);
    }
}

/* Is d a method that binds its first argument (a Python function or a
 * builtin method descriptor), so the call can skip the bound object? */
static int is_unbound_method(Value d) {
    if (!v_is_obj(d)) return 0;
    GpType *dt = v_obj(d)->type;
    if (dt == &gp_function_type) return 1;
    if (dt == &gp_builtin_type) {
        GpBuiltin *b = (GpBuiltin *)v_obj(d);
        return b->owner && !b->self && !(b->def->flags & (GP_METH_STATIC | GP_METH_CLASS));
    }
    return 0;
}

/* The cache holds (type version, method): the version proves the MRO
 * still finds that method; an instance attribute of the same name would
 * hide it, so the instance dict is checked on every hit. */
int vm_load_method(GpThread *t, Value obj, Value name, Value *out, Instr *cache) {
    GpType *tp = v_type(obj);
    Instr *e = cache_entry(cache, tp);
    if (e && !dict_get(obj, name)) {
        out[0] = (Value)e[1];
        out[1] = obj;
        return 0;
    }
    if (tp->getattr == gp_generic_getattr) {
        Value d = gp_type_lookup(tp, name);
        if (d && is_unbound_method(d) && !dict_get(obj, name)) {
            out[0] = d;
            out[1] = obj;
            if (tp->version) cache_fill(cache, tp, 0, (Instr)d);
            return 0;
        }
    } else if (tp == &gp_super_type) {
        /* super().name(...): call the function found after the class
         * with the instance, as CPython's LOAD_SUPER_ATTR does, instead of
         * binding a method object. */
        Value self;
        Value d = gp_super_lookup(t, obj, name, &self);
        if (d && self && is_unbound_method(d)) {
            out[0] = d;
            out[1] = self;
            return 0;
        }
        if (t->exc) return -1;
    }
    Value v = gp_getattr(t, obj, name);
    if (!v) return -1;
    out[0] = v;
    out[1] = VNULL;
    return 0;
}
