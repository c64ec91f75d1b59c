/* vmops.c - slow paths and rare operations of the eval loop. */
#include "vmops.h"

#include <string.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/set.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "error.h"
#include "eval.h"

Value vm_binop(GpThread *t, int op, Value a, Value b, int inplace) {
    if (v_is_int(a) && v_is_int(b)) {
        Value r = gp_int_binop(t, op, a, b);
        if (r != V_NOTIMPL) return r; /* int @ int: the protocol raises TypeError */
    }
    return inplace ? gp_inplace(t, op, a, b) : gp_binop(t, op, a, b);
}

/* ---- functions */

Value vm_make_function(GpThread *t, GpFrame *f, GpCode *code, unsigned flags, const Value *extras) {
    Value fv = gp_func_new(t, code, f->globals);
    if (!fv) return VNULL;
    GpFunc *fn = (GpFunc *)v_obj(fv);
    fn->builtins = f->builtins;
    if (flags & MKF_DEFAULTS) fn->defaults = *extras++;
    if (flags & MKF_KWDEFAULTS) fn->kwdefaults = *extras++;
    if (flags & MKF_CLOSURE) fn->closure = *extras++;
    if (flags & MKF_ANNOTATIONS) fn->annotations = *extras++;
    return fv;
}

/* ---- displays */

static Value function_str(GpThread *t, Value fn);

int vm_list_extend(GpThread *t, Value list, Value iterable, Value callee) {
    GpType *tp = v_type(iterable);
    if (!tp->iter && !tp->getitem) {
        if (!callee) return gp_raise_i(t, &gp_TypeError, "Value after * must be an iterable, not %s", tp->name);
        Value fs = function_str(t, callee);
        if (!fs) return -1;
        return gp_raise_i(t, &gp_TypeError, "%U argument after * must be an iterable, not %s", fs, tp->name);
    }
    return gp_list_extend(t, list, iterable);
}

int vm_set_update(GpThread *t, Value set, Value iterable) { return gp_set_update(t, set, iterable); }

/* CPython's _PyObject_FunctionStr: "f()" or "mod.f()" for messages. */
static Value function_str(GpThread *t, Value fn) {
    Value qual = gp_getattr_opt(t, fn, gp_str_intern_cstr(t, "__qualname__"));
    if (!qual) {
        gp_exc_clear(t);
        return gp_format(t, "%S object", fn);
    }
    Value mod = gp_getattr_opt(t, fn, gp_str_intern_cstr(t, "__module__"));
    gp_exc_clear(t);
    if (mod && gp_is_str(mod) && !gp_str_eq_cstr(mod, "builtins"))
        return gp_format(t, "%U.%U()", mod, qual);
    return gp_format(t, "%U()", qual);
}

int vm_dict_update(GpThread *t, Value dict, Value other, unsigned call_form, Value callee) {
    if (!call_form) {
        if (!gp_is_dict(other) && !gp_hasattr(t, other, gp_str_intern_cstr(t, "keys"))) {
            if (t->exc) return -1;
            return gp_raise_i(t, &gp_TypeError, "'%s' object is not a mapping", v_type(other)->name);
        }
        return gp_dict_update(t, dict, other);
    }
    if (!gp_is_dict(other)) {
        int has = gp_hasattr(t, other, gp_str_intern_cstr(t, "keys"));
        if (has < 0) return -1;
        if (!has) {
            Value fs = callee ? function_str(t, callee) : gp_str_from_cstr(t, "function");
            if (!fs) return -1;
            return gp_raise_i(t, &gp_TypeError, "%U argument after ** must be a mapping, not %s", fs,
                              v_type(other)->name);
        }
        Value d = gp_dict_new(t);
        if (!d || gp_dict_update(t, d, other) < 0) return -1;
        other = d;
    }
    size_t pos = 0;
    Value k, v;
    while (gp_dict_next(other, &pos, &k, &v)) {
        if (!gp_is_str(k)) return gp_raise_i(t, &gp_TypeError, "keywords must be strings");
        Value old;
        int r = gp_dict_lookup(t, dict, k, &old);
        if (r < 0) return -1;
        if (r) {
            Value fs = callee ? function_str(t, callee) : gp_str_from_cstr(t, "function");
            if (!fs) return -1;
            return gp_raise_i(t, &gp_TypeError, "%U got multiple values for keyword argument '%U'", fs, k);
        }
        if (gp_dict_set(t, dict, k, v) < 0) return -1;
    }
    return 0;
}

/* ---- unpacking */

static int not_iterable(GpThread *t, Value seq) {
    return gp_raise_i(t, &gp_TypeError, "cannot unpack non-iterable %s object", v_type(seq)->name);
}

int vm_unpack(GpThread *t, Value seq, Value *out, unsigned n) {
    if (gp_is_tuple(seq) || gp_is_list(seq)) {
        size_t len = gp_is_tuple(seq) ? gp_tuple_len(seq) : gp_list_obj(seq)->n;
        const Value *items = gp_is_tuple(seq) ? gp_tuple_items(seq) : gp_list_obj(seq)->items;
        if (len == n) {
            memcpy(out, items, n * sizeof(Value));
            return 0;
        }
        if (len < n) return gp_raise_i(t, &gp_ValueError, "not enough values to unpack (expected %u, got %zu)", n, len);
        return gp_raise_i(t, &gp_ValueError, "too many values to unpack (expected %u)", n);
    }
    GpType *tp = v_type(seq);
    if (!tp->iter && !tp->getitem) return not_iterable(t, seq);
    Value it = gp_iter(t, seq);
    if (!it) return -1;
    Value tmp = gp_tuple_new(t, n);
    if (!tmp) return -1;
    for (unsigned i = 0; i < n; i++) {
        Value x = gp_next(t, it);
        if (!x) {
            if (t->exc) return -1;
            return gp_raise_i(t, &gp_ValueError, "not enough values to unpack (expected %u, got %u)", n, i);
        }
        gp_tuple_items(tmp)[i] = x;
    }
    Value extra = gp_next(t, it);
    if (extra) return gp_raise_i(t, &gp_ValueError, "too many values to unpack (expected %u)", n);
    if (t->exc) return -1;
    memcpy(out, gp_tuple_items(tmp), n * sizeof(Value));
    return 0;
}

int vm_unpack_ex(GpThread *t, Value seq, Value *out, unsigned before, unsigned after) {
    GpType *tp = v_type(seq);
    if (!tp->iter && !tp->getitem) return not_iterable(t, seq);
    Value list = gp_sequence_list(t, seq);
    if (!list) return -1;
    GpList *l = gp_list_obj(list);
    if (l->n < before + after)
        return gp_raise_i(t, &gp_ValueError, "not enough values to unpack (expected at least %u, got %zu)",
                          before + after, l->n);
    for (unsigned i = 0; i < before; i++) out[i] = l->items[i];
    size_t mid = l->n - before - after;
    Value star = gp_list_from(t, l->items + before, mid);
    if (!star) return -1;
    out[before] = star;
    for (unsigned i = 0; i < after; i++) out[before + 1 + i] = l->items[before + mid + i];
    return 0;
}

/* ---- exceptions */

static int check_exc_class(GpThread *t, Value cls) {
    if (gp_is_tuple(cls)) {
        for (size_t i = 0; i < gp_tuple_len(cls); i++)
            if (check_exc_class(t, gp_tuple_items(cls)[i]) < 0) return -1;
        return 0;
    }
    if (v_is_obj(cls) && (v_obj(cls)->type->flags & GP_TF_TYPE_SUB) &&
        gp_type_is_subtype((GpType *)v_obj(cls), &gp_BaseException))
        return 0;
    return gp_raise_i(t, &gp_TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

int vm_exc_match(GpThread *t, Value exc, Value cls) {
    if (check_exc_class(t, cls) < 0) return -1;
    return gp_exc_value_matches(exc, cls);
}

static Value instantiate(GpThread *t, Value v) {
    if (v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_TYPE_SUB) &&
        gp_type_is_subtype((GpType *)v_obj(v), &gp_BaseException)) {
        Value e = gp_call0(t, v);
        if (!e) return VNULL;
        if (!gp_isinstance_type(e, &gp_BaseException))
            return gp_raise(t, &gp_TypeError, "calling %R should have returned an instance of BaseException, not %s", v,
                            v_type(e)->name);
        return e;
    }
    return v;
}

void vm_raise(GpThread *t, Value exc, Value cause, int has_cause) {
    Value e = instantiate(t, exc);
    if (!e) return;
    if (!gp_isinstance_type(e, &gp_BaseException)) {
        gp_raise(t, &gp_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (has_cause) {
        Value c = cause;
        if (c != V_NONE) {
            c = instantiate(t, cause);
            if (!c) return;
            if (!gp_isinstance_type(c, &gp_BaseException)) {
                gp_raise(t, &gp_TypeError, "exception causes must derive from BaseException");
                return;
            }
        }
        GpExc *x = (GpExc *)v_obj(e);
        x->cause = c == V_NONE ? VNULL : c;
        x->suppress_context = 1;
    }
    gp_exc_restore(t, e);
}

/* ---- imports */

Value vm_import_from(GpThread *t, Value module, Value name) {
    Value v = gp_getattr_opt(t, module, name);
    if (v || t->exc) return v;
    Value mname = gp_getattr_opt(t, module, gp_str_intern_cstr(t, "__name__"));
    gp_exc_clear(t);
    if (mname && gp_is_str(mname)) {
        Value full = gp_format(t, "%U.%U", mname, name);
        Value sub = full ? gp_dict_get_str(t->interp->modules, full) : VNULL;
        if (sub) return sub;
    }
    Value file = gp_getattr_opt(t, module, gp_str_intern_cstr(t, "__file__"));
    gp_exc_clear(t);
    Value msg = mname && gp_is_str(mname) && gp_module_initializing(module)
                    ? gp_format(t,
                                "cannot import name '%U' from partially initialized module '%U' (most likely due to "
                                "a circular import) (%U)",
                                name, mname, file && gp_is_str(file) ? file : gp_str_from_cstr(t, "unknown location"))
                : mname && gp_is_str(mname)
                    ? (file && gp_is_str(file) ? gp_format(t, "cannot import name '%U' from '%U' (%U)", name, mname, file)
                                               : gp_format(t, "cannot import name '%U' from '%U' (unknown location)", name,
                                                           mname))
                    : gp_format(t, "cannot import name '%U' from '<unknown module name>' (unknown location)", name);
    if (!msg) return VNULL;
    Value e = gp_exc_new(t, &gp_ImportError, gp_tuple_pack(t, 1, msg));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", mname ? mname : V_NONE);
    gp_exc_set_attr(t, e, "path", file ? file : V_NONE);
    gp_exc_set_attr(t, e, "name_from", name);
    gp_exc_restore(t, e);
    return VNULL;
}

int vm_import_star(GpThread *t, Value module, Value ns) {
    Value all = gp_getattr_opt(t, module, gp_str_intern_cstr(t, "__all__"));
    if (t->exc) return -1;
    if (all) {
        Value it = gp_iter(t, all);
        if (!it) return -1;
        for (;;) {
            Value name = gp_next(t, it);
            if (!name) return t->exc ? -1 : 0;
            Value v = gp_getattr(t, module, name);
            if (!v || gp_setitem(t, ns, name, v) < 0) return -1;
        }
    }
    Value d = gp_getattr(t, module, gp_str_intern_cstr(t, "__dict__"));
    if (!d) return -1;
    size_t pos = 0;
    Value k, v;
    while (gp_dict_next(d, &pos, &k, &v)) {
        if (gp_is_str(k) && gp_str_data(k)[0] == '_') continue;
        if (gp_setitem(t, ns, k, v) < 0) return -1;
    }
    return 0;
}

/* ---- interactive display, f-strings */

int vm_print_expr(GpThread *t, Value v, Value builtins) {
    Value sys = t->interp->sys;
    Value hook = sys ? gp_dict_get_cstr(((GpModule *)v_obj(sys))->dict, "displayhook") : VNULL;
    if (hook) return gp_call1(t, hook, v) ? 0 : -1;
    if (v == V_NONE) return 0;
    if (gp_dict_set_cstr(t, builtins, "_", V_NONE) < 0) return -1;
    Value r = gp_repr(t, v);
    if (!r) return -1;
    Value out = sys ? gp_dict_get_cstr(((GpModule *)v_obj(sys))->dict, "stdout") : VNULL;
    if (out) {
        Value nl = gp_str_concat(t, r, gp_str_from_cstr(t, "\n"));
        if (!nl || !gp_call_method(t, out, "write", &nl, 1)) return -1;
    }
    return gp_dict_set_cstr(t, builtins, "_", v);
}

Value vm_format_value(GpThread *t, Value v, int conversion, Value spec) {
    extern Value gp_format_object(GpThread * t, Value v, Value spec);
    switch (conversion) {
    case FMT_CONV_STR: v = gp_str(t, v); break;
    case FMT_CONV_REPR: v = gp_repr(t, v); break;
    case FMT_CONV_ASCII: v = gp_ascii(t, v); break;
    default: break;
    }
    if (!v) return VNULL;
    if (!spec && v_is_type(v, &gp_str_type)) return v;
    return gp_format_object(t, v, spec ? spec : gp_str_from_cstr(t, ""));
}

Value vm_build_string(GpThread *t, const Value *parts, unsigned n) {
    size_t total = 0;
    for (unsigned i = 0; i < n; i++) total += gp_str_nbytes(parts[i]);
    Value r = gp_str_alloc(t, total);
    if (!r) return VNULL;
    char *p = gp_str_obj(r)->data;
    for (unsigned i = 0; i < n; i++) {
        memcpy(p, gp_str_data(parts[i]), gp_str_nbytes(parts[i]));
        p += gp_str_nbytes(parts[i]);
    }
    return gp_str_finish(r);
}

Value vm_setup_annotations(GpThread *t, GpFrame *f) {
    Value ns = f->locals ? f->locals : f->globals;
    Value key = gp_str_intern_cstr(t, "__annotations__");
    if (!key) return VNULL;
    Value d;
    int r = gp_dict_lookup(t, ns, key, &d);
    if (r < 0) return VNULL;
    if (r) return d;
    d = gp_dict_new(t);
    if (!d || gp_dict_set(t, ns, key, d) < 0) return VNULL;
    return d;
}

/* ---- with */

int vm_with_enter(GpThread *t, Value mgr, Value *out) {
    GpType *tp = v_type(mgr);
    Value enter = gp_type_lookup_cstr(tp, "__enter__");
    if (!enter)
        return gp_raise_i(t, &gp_TypeError, "'%s' object does not support the context manager protocol", tp->name);
    Value exit = gp_type_lookup_cstr(tp, "__exit__");
    if (!exit)
        return gp_raise_i(t, &gp_TypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)", tp->name);
    GpType *et = v_type(exit);
    Value bound_exit = et->descr_get ? et->descr_get(t, exit, mgr, v_from_obj(tp)) : exit;
    if (!bound_exit) return -1;
    GpType *nt = v_type(enter);
    Value bound_enter = nt->descr_get ? nt->descr_get(t, enter, mgr, v_from_obj(tp)) : enter;
    if (!bound_enter) return -1;
    out[0] = bound_exit;
    Value r = gp_call0(t, bound_enter);
    if (!r) return -1;
    out[1] = r;
    return 0;
}

Value vm_with_exit(GpThread *t, Value exit_fn, Value exc) {
    Value tb = ((GpExc *)v_obj(exc))->traceback;
    Value args[3] = {v_from_obj(v_type(exc)), exc, tb ? tb : V_NONE};
    return gp_call(t, exit_fn, args, 3, VNULL);
}
