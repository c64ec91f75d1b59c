/* func_new.c - constructors of function and method objects, which
 * types.FunctionType(code, globals, ...) and types.MethodType(func, obj)
 * call, with CPython's argument checks and messages. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "str.h"
#include "tuple.h"

/* function(code, globals, name=None, argdefs=None, closure=None) */
Value gp_function_type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    static const char *const names[] = {"code", "globals", "name", "argdefs", "closure"};
    static const GpArgSpec spec = {"function", names, 5, 5, 0, 2};
    Value a[5];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value name = a[2] ? a[2] : V_NONE, defaults = a[3] ? a[3] : V_NONE, closure = a[4] ? a[4] : V_NONE;
    if (!v_is_type(a[0], &gp_code_type))
        return gp_raise(t, &gp_TypeError, "function() argument 'code' must be code, not %s", v_type(a[0])->name);
    if (!gp_is_dict(a[1]))
        return gp_raise(t, &gp_TypeError, "function() argument 'globals' must be dict, not %s", v_type(a[1])->name);
    GpCode *code = (GpCode *)v_obj(a[0]);
    if (name != V_NONE && !gp_is_str(name)) return gp_raise(t, &gp_TypeError, "arg 3 (name) must be None or string");
    if (defaults != V_NONE && !gp_is_tuple(defaults))
        return gp_raise(t, &gp_TypeError, "arg 4 (defaults) must be None or tuple");
    size_t nfree = code->freevars ? gp_tuple_len(code->freevars) : 0;
    if (!gp_is_tuple(closure)) {
        if (nfree && closure == V_NONE) return gp_raise(t, &gp_TypeError, "arg 5 (closure) must be tuple");
        if (closure != V_NONE) return gp_raise(t, &gp_TypeError, "arg 5 (closure) must be None or tuple");
    }
    size_t nclosure = closure == V_NONE ? 0 : gp_tuple_len(closure);
    if (nfree != nclosure)
        return gp_raise(t, &gp_ValueError, "%U requires closure of length %zu, not %zu", code->name, nfree, nclosure);
    for (size_t i = 0; i < nclosure; i++) {
        Value c = gp_tuple_items(closure)[i];
        if (!v_is_type(c, &gp_cell_type))
            return gp_raise(t, &gp_TypeError, "arg 5 (closure) expected cell, found %s", v_type(c)->name);
    }
    Value fv = gp_func_new(t, code, a[1]);
    if (!fv) return VNULL;
    GpFunc *f = (GpFunc *)v_obj(fv);
    if (!f->module) f->module = V_NONE;
    if (name != V_NONE) f->name = name;
    if (defaults != V_NONE) f->defaults = defaults;
    if (nclosure) f->closure = closure;
    return fv;
}

/* method(function, instance) */
Value gp_method_type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "method() takes no keyword arguments");
    if (nargs != 2) return gp_raise(t, &gp_TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!gp_callable(args[0])) return gp_raise(t, &gp_TypeError, "first argument must be callable");
    if (args[1] == V_NONE) return gp_raise(t, &gp_TypeError, "instance must not be None");
    return gp_method_new(t, args[0], args[1]);
}
