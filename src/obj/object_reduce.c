/* object_reduce.c - the pickle protocol of object: __reduce_ex__,
 * __reduce__ and __getstate__, as CPython 3.12's typeobject.c.
 *
 * copy and pickle take an object apart through these: protocol 2 and up
 * give (copyreg.__newobj__, (cls, *newargs), state, listitems,
 * dictitems), where newargs come from __getnewargs_ex__/__getnewargs__
 * and state is the instance __dict__ (or None) plus a dict of __slots__
 * values; protocols 0 and 1 are delegated to copyreg._reduce_ex, written
 * in Python (lib/copyreg.py). A class's own __reduce__ wins over all of
 * this. The slot names of a class are computed by copyreg._slotnames,
 * which caches them in the class as __slotnames__ (so the class dict
 * shows it afterwards, as in CPython). */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "int.h"
#include "func.h"
#include "list.h"
#include "module.h"
#include "object_methods.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static Value import_copyreg(GpThread *t) {
    Value name = gp_str_from_cstr(t, "copyreg");
    return name ? gp_import(t, name, V_NONE, 0, VNULL) : VNULL;
}

/* The solid base: the nearest builtin type in the chain of layouts. */
static GpType *solid_base(GpType *tp) {
    while (tp->flags & GP_TF_HEAPTYPE) tp = tp->base;
    return tp;
}

/* __getnewargs_ex__ or __getnewargs__, checked as CPython does. *args and
 * *kwargs stay VNULL when the object has neither. */
static int new_arguments(GpThread *t, Value obj, Value *args, Value *kwargs) {
    *args = *kwargs = VNULL;
    int found;
    Value r = gp_call_special(t, obj, "__getnewargs_ex__", NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        if (!gp_is_tuple(r))
            return gp_raise_i(t, &gp_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", v_type(r)->name);
        if (gp_tuple_len(r) != 2)
            return gp_raise_i(t, &gp_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zu",
                              gp_tuple_len(r));
        Value a = gp_tuple_items(r)[0], k = gp_tuple_items(r)[1];
        if (!gp_is_tuple(a))
            return gp_raise_i(t, &gp_TypeError,
                              "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                              v_type(a)->name);
        if (!gp_is_dict(k))
            return gp_raise_i(t, &gp_TypeError,
                              "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                              v_type(k)->name);
        *args = a;
        *kwargs = k;
        return 0;
    }
    if (t->exc) return -1;
    r = gp_call_special(t, obj, "__getnewargs__", NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        if (!gp_is_tuple(r))
            return gp_raise_i(t, &gp_TypeError, "__getnewargs__ should return a tuple, not '%s'", v_type(r)->name);
        *args = r;
        return 0;
    }
    return t->exc ? -1 : 0;
}

/* The class's __slotnames__, computed by copyreg on first use: a list or
 * None. */
static Value slot_names(GpThread *t, GpType *cls) {
    Value names = cls->dict ? gp_dict_get_cstr(cls->dict, "__slotnames__") : VNULL;
    if (names) {
        if (names != V_NONE && !gp_is_list(names))
            return gp_raise(t, &gp_TypeError, "%s.__slotnames__ should be a list or None, not %s", cls->name,
                            v_type(names)->name);
        return names;
    }
    Value copyreg = import_copyreg(t);
    if (!copyreg) return VNULL;
    Value arg = v_from_obj(cls);
    names = gp_call_method(t, copyreg, "_slotnames", &arg, 1);
    if (names && names != V_NONE && !gp_is_list(names))
        return gp_raise(t, &gp_TypeError, "copyreg._slotnames didn't return a list or None");
    return names;
}

/* object.__getstate__ proper. required: the object cannot be rebuilt
 * from __new__ arguments, so a C layout with state of its own cannot be
 * pickled. */
static Value getstate_default(GpThread *t, Value obj, int required) {
    Value *slot = gp_instance_dict_slot(obj);
    Value state = slot && *slot && gp_dict_obj(*slot)->used ? *slot : V_NONE;
    GpType *tp = v_type(obj);
    Value names = slot_names(t, tp);
    if (!names) return VNULL;
    if (required && solid_base(tp) != &gp_object_type)
        return gp_raise(t, &gp_TypeError, "cannot pickle '%s' object", tp->name);
    if (names == V_NONE || gp_list_obj(names)->n == 0) return state;
    Value slots = gp_dict_new(t);
    if (!slots) return VNULL;
    size_t n = gp_list_obj(names)->n;
    for (size_t i = 0; i < gp_list_obj(names)->n; i++) {
        Value name = gp_list_obj(names)->items[i];
        Value v = gp_getattr(t, obj, name);
        if (!v) {
            if (!gp_exc_matches(t, &gp_AttributeError)) return VNULL;
            gp_exc_clear(t);
        } else if (gp_dict_set(t, slots, name, v) < 0) {
            return VNULL;
        }
        if (gp_list_obj(names)->n != n)
            return gp_raise(t, &gp_RuntimeError, "__slotsname__ changed size during iteration");
    }
    if (!gp_dict_obj(slots)->used) return state;
    return gp_tuple_pack(t, 2, state, slots);
}

Value gp_object_getstate(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (nargs) return gp_raise(t, &gp_TypeError, "object.__getstate__() takes no arguments (%zu given)", nargs);
    return getstate_default(t, self, 0);
}

/* obj.__getstate__(), or the default with `required` when the class
 * keeps object's. */
static Value object_state(GpThread *t, Value obj, int required) {
    Value getstate = gp_getattr_cstr(t, obj, "__getstate__");
    if (!getstate) return VNULL;
    if (v_is_type(getstate, &gp_builtin_type)) {
        GpBuiltin *b = (GpBuiltin *)v_obj(getstate);
        if (b->self == obj && b->def->fn == gp_object_getstate) return getstate_default(t, obj, required);
    }
    return gp_call0(t, getstate);
}

static Value reduce_newobj(GpThread *t, Value obj) {
    GpType *tp = v_type(obj);
    if (!tp->new_ || (tp->flags & GP_TF_ABSTRACT)) return gp_raise(t, &gp_TypeError, "cannot pickle '%s' object", tp->name);
    Value args, kwargs;
    if (new_arguments(t, obj, &args, &kwargs) < 0) return VNULL;
    Value copyreg = import_copyreg(t);
    if (!copyreg) return VNULL;
    Value newobj, newargs;
    if (!kwargs || gp_dict_obj(kwargs)->used == 0) {
        newobj = gp_getattr_cstr(t, copyreg, "__newobj__");
        if (!newobj) return VNULL;
        size_t n = args ? gp_tuple_len(args) : 0;
        newargs = gp_tuple_new(t, n + 1);
        if (!newargs) return VNULL;
        gp_tuple_items(newargs)[0] = v_from_obj(tp);
        for (size_t i = 0; i < n; i++) gp_tuple_items(newargs)[i + 1] = gp_tuple_items(args)[i];
    } else {
        newobj = gp_getattr_cstr(t, copyreg, "__newobj_ex__");
        if (!newobj) return VNULL;
        newargs = gp_tuple_pack(t, 3, v_from_obj(tp), args, kwargs);
        if (!newargs) return VNULL;
    }
    Value state = object_state(t, obj, !(args || gp_is_list(obj) || gp_is_dict(obj)));
    if (!state) return VNULL;
    Value listitems = V_NONE, dictitems = V_NONE;
    if (gp_is_list(obj) && !(listitems = gp_iter(t, obj))) return VNULL;
    if (gp_is_dict(obj)) {
        Value items = gp_call_method(t, obj, "items", NULL, 0);
        if (!items || !(dictitems = gp_iter(t, items))) return VNULL;
    }
    return gp_tuple_pack(t, 5, newobj, newargs, state, listitems, dictitems);
}

static Value common_reduce(GpThread *t, Value self, int64_t proto) {
    if (proto >= 2) return reduce_newobj(t, self);
    Value copyreg = import_copyreg(t);
    if (!copyreg) return VNULL;
    Value p = gp_int_from_i64(t, proto);
    Value argv[2] = {self, p};
    return p ? gp_call_method(t, copyreg, "_reduce_ex", argv, 2) : VNULL;
}

Value gp_object_reduce(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (nargs) return gp_raise(t, &gp_TypeError, "object.__reduce__() takes no arguments (%zu given)", nargs);
    return common_reduce(t, self, 0);
}

/* A class that overrides __reduce__ (and not __reduce_ex__) is reduced
 * by its __reduce__, at every protocol. */
Value gp_object_reduce_ex(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)kw;
    if (nargs != 1)
        return gp_raise(t, &gp_TypeError, "object.__reduce_ex__() takes exactly one argument (%zu given)", nargs);
    Value p = gp_index(t, args[0]);
    int64_t proto;
    if (!p || gp_as_ssize(t, p, &proto) < 0) return VNULL;
    Value reduce = gp_getattr_cstr(t, self, "__reduce__");
    if (!reduce) {
        if (!gp_exc_matches(t, &gp_AttributeError)) return VNULL;
        gp_exc_clear(t);
    } else {
        Value clsreduce = gp_type_lookup_cstr(v_type(self), "__reduce__");
        Value objreduce = gp_dict_get_cstr(gp_object_type.dict, "__reduce__");
        if (clsreduce != objreduce) return gp_call0(t, reduce);
    }
    return common_reduce(t, self, proto);
}
