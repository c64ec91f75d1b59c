/* functools_partial.c - functools.partial: a callable that calls `func`
 * with `args` before the call's positional arguments and `keywords`
 * updated by the call's keyword arguments.
 *
 * partial(partial(f, 1), 2) is flattened into partial(f, 1, 2) when the
 * inner one has no instance dict, as CPython does, so nesting costs
 * nothing per call. A call builds one flat vectorcall argument array on
 * the C stack (or in a tuple when large) instead of a tuple and a dict. */
#include "../mem/heap.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "functools.h"

typedef struct Partial {
    GpObj hdr;
    Value fn;
    Value args; /* tuple */
    Value kw;   /* dict */
    Value dict; /* instance __dict__, VNULL until used */
} Partial;

static Partial *as_partial(Value v) { return (Partial *)v_obj(v); }

static Value partial_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    if (nargs < 1) return gp_raise(t, &gp_TypeError, "type 'partial' takes at least one argument");
    Value fn = args[0];
    if (!gp_callable(fn)) return gp_raise(t, &gp_TypeError, "the first argument must be callable");
    Value pargs = VNULL, pkw = VNULL;
    if (gp_isinstance_type(fn, &gp_partial_type) && !as_partial(fn)->dict) {
        pargs = as_partial(fn)->args;
        pkw = as_partial(fn)->kw;
        fn = as_partial(fn)->fn;
    }
    size_t np = pargs ? gp_tuple_len(pargs) : 0;
    Value a = gp_tuple_new(t, np + nargs - 1);
    if (!a) return VNULL;
    for (size_t i = 0; i < np; i++) gp_tuple_items(a)[i] = gp_tuple_items(pargs)[i];
    for (size_t i = 1; i < nargs; i++) gp_tuple_items(a)[np + i - 1] = args[i];
    Value kw = pkw ? gp_dict_copy(t, pkw) : gp_dict_new(t);
    if (!kw) return VNULL;
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (gp_dict_set(t, kw, gp_tuple_items(kwnames)[i], args[nargs + i]) < 0) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    Partial *p = gp_alloc(t, type, type->size);
    if (!p) return VNULL;
    p->fn = fn;
    p->args = a;
    p->kw = kw;
    return v_from_obj(p);
}

#define SMALL_ARGS 16

static Value partial_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    Partial *p = as_partial(callable);
    size_t np = gp_tuple_len(p->args), nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    const Value *kwvals = args + nargs;
    Value names = kwnames;
    if (gp_dict_obj(p->kw)->used) {
        /* The stored keywords updated by the call's (the call's win). */
        Value merged = gp_dict_copy(t, p->kw);
        if (!merged) return VNULL;
        for (size_t i = 0; i < nkw; i++)
            if (gp_dict_set(t, merged, gp_tuple_items(kwnames)[i], kwvals[i]) < 0) return VNULL;
        nkw = gp_dict_obj(merged)->used;
        names = gp_tuple_new(t, nkw);
        Value vals = names ? gp_tuple_new(t, nkw) : VNULL;
        if (!vals) return VNULL;
        size_t pos = 0, i = 0;
        Value k, v;
        while (gp_dict_next(merged, &pos, &k, &v)) {
            gp_tuple_items(names)[i] = k;
            gp_tuple_items(vals)[i++] = v;
        }
        kwvals = gp_tuple_items(vals);
    } else if (np == 0) {
        return gp_call(t, p->fn, args, nargs, kwnames);
    }
    size_t total = np + nargs + nkw;
    Value small[SMALL_ARGS], *argv = small;
    Value buf = VNULL;
    if (total > SMALL_ARGS) {
        if (!(buf = gp_tuple_new(t, total))) return VNULL;
        argv = gp_tuple_items(buf);
    }
    for (size_t i = 0; i < np; i++) argv[i] = gp_tuple_items(p->args)[i];
    for (size_t i = 0; i < nargs; i++) argv[np + i] = args[i];
    for (size_t i = 0; i < nkw; i++) argv[np + nargs + i] = kwvals[i];
    Value r = gp_call(t, p->fn, argv, np + nargs, nkw ? names : VNULL);
    (void)buf; /* keeps the argument array alive across the call */
    return r;
}

/* functools.partial(<function f at 0x...>, 1, key=2); "..." when the
 * partial is inside its own arguments. */
static Value partial_repr(GpThread *t, Value self) {
    int rec = gp_repr_enter(t, self);
    if (rec) return rec < 0 ? VNULL : gp_str_from_cstr(t, "...");
    Partial *p = as_partial(self);
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_puts(&b, v_type(self)->name);
    gp_buf_putc(&b, '(');
    int ok = gp_buf_put_repr(t, &b, p->fn) == 0;
    for (size_t i = 0; ok && i < gp_tuple_len(p->args); i++) {
        gp_buf_puts(&b, ", ");
        ok = gp_buf_put_repr(t, &b, gp_tuple_items(p->args)[i]) == 0;
    }
    size_t pos = 0;
    Value k, v;
    while (ok && gp_dict_next(p->kw, &pos, &k, &v)) {
        gp_buf_puts(&b, ", ");
        ok = gp_buf_put_str(t, &b, k) == 0;
        gp_buf_putc(&b, '=');
        ok = ok && gp_buf_put_repr(t, &b, v) == 0;
    }
    gp_repr_leave(t, self);
    if (!ok) {
        gp_buf_free(&b);
        return VNULL;
    }
    gp_buf_putc(&b, ')');
    return gp_buf_finish_str(t, &b);
}

static void partial_trace(GpGc *gc, GpObj *self) {
    Partial *p = (Partial *)self;
    gc_mark(gc, p->fn);
    gc_mark(gc, p->args);
    gc_mark(gc, p->kw);
    gc_mark(gc, p->dict);
}

static Value get_func(GpThread *t, Value self) {
    (void)t;
    return as_partial(self)->fn;
}

static Value get_args(GpThread *t, Value self) {
    (void)t;
    return as_partial(self)->args;
}

static Value get_keywords(GpThread *t, Value self) {
    (void)t;
    return as_partial(self)->kw;
}

static int set_readonly(GpThread *t, Value self, Value v) {
    (void)self;
    (void)v;
    return gp_raise_i(t, &gp_AttributeError, "readonly attribute");
}

static Value get_dict(GpThread *t, Value self) { return gp_instance_dict(t, self); }

static int set_dict(GpThread *t, Value self, Value v) {
    if (!v) return gp_raise_i(t, &gp_TypeError, "a partial object's dictionary may not be deleted");
    if (!gp_is_dict(v)) return gp_raise_i(t, &gp_TypeError, "setting partial object's dictionary to a non-dict");
    as_partial(self)->dict = v;
    return 0;
}

/* (type, (func,), (func, args, keywords, __dict__ or None)), and back. */
static Value m_reduce(ARGS) {
    (void)args;
    (void)nargs;
    (void)kw;
    Partial *p = as_partial(self);
    Value state = gp_tuple_pack(t, 4, p->fn, p->args, p->kw, p->dict ? p->dict : V_NONE);
    Value fargs = state ? gp_tuple_pack(t, 1, p->fn) : VNULL;
    return fargs ? gp_tuple_pack(t, 3, v_from_obj(v_type(self)), fargs, state) : VNULL;
}

static Value m_setstate(ARGS) {
    if (gp_check_no_kw(t, "__setstate__", kw) < 0 || gp_check_nargs(t, "__setstate__", nargs, 1, 1) < 0) return VNULL;
    Value st = args[0];
    if (!gp_is_tuple(st) || gp_tuple_len(st) != 4) return gp_raise(t, &gp_TypeError, "invalid partial state");
    Value *s = gp_tuple_items(st);
    if (!gp_callable(s[0]) || !gp_is_tuple(s[1]) || (s[2] != V_NONE && !gp_is_dict(s[2])))
        return gp_raise(t, &gp_TypeError, "invalid partial state");
    Value a = v_is_type(s[1], &gp_tuple_type) ? s[1] : gp_tuple_from(t, gp_tuple_items(s[1]), gp_tuple_len(s[1]));
    Value k = s[2] == V_NONE ? gp_dict_new(t) : gp_dict_copy(t, s[2]);
    if (!a || !k) return VNULL;
    Partial *p = as_partial(self);
    p->fn = s[0];
    p->args = a;
    p->kw = k;
    p->dict = s[3] == V_NONE ? VNULL : s[3];
    return V_NONE;
}

static const GpGetSetDef partial_getsets[] = {
    {"func", get_func, set_readonly},
    {"args", get_args, set_readonly},
    {"keywords", get_keywords, set_readonly},
    {"__dict__", get_dict, set_dict},
    {NULL, NULL, NULL},
};

static const GpMethodDef partial_methods[] = {
    {"__reduce__", m_reduce, GP_METH_NOKW},
    {"__setstate__", m_setstate, 0},
    {NULL, NULL, 0},
};

GpType gp_partial_type = {
    .hdr = {&gp_type_type},
    .name = "functools.partial",
    .base = &gp_object_type,
    .size = sizeof(Partial),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(Partial, dict),
    .repr = partial_repr,
    .call = partial_call,
    .new_ = partial_new,
    .trace = partial_trace,
    .getsets = partial_getsets,
    .methods = partial_methods,
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
};
GP_REGISTER_TYPE(gp_partial_type);
