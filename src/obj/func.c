/* func.c - code objects, functions, cells, builtin functions and bound
 * methods. Calling a Python function is the VM's job (vm/eval.c). */
#include "func.h"

#include <stddef.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/eval.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- code */

int gp_code_line(const GpCode *co, uint32_t ip) {
    if (!co->pos || ip >= co->ncode) return co->firstlineno;
    return co->pos[ip].line;
}

static void code_trace(GpGc *gc, GpObj *self) {
    GpCode *co = (GpCode *)self;
    gc_mark_range(gc, co->consts, co->nconsts);
    gc_mark(gc, co->varnames);
    gc_mark(gc, co->freevars);
    gc_mark(gc, co->cellvars);
    gc_mark(gc, co->name);
    gc_mark(gc, co->qualname);
    gc_mark(gc, co->filename);
    gc_mark(gc, co->source);
    gc_mark(gc, co->doc);
}

static void code_finalize(GpInterp *in, GpObj *self) {
    GpCode *co = (GpCode *)self;
    gp_mem_free(in, co->code, co->ncode * sizeof(Instr));
    gp_mem_free(in, co->consts, co->nconsts * sizeof(Value));
    gp_mem_free(in, co->pos, co->ncode * sizeof(GpPos));
    gp_mem_free(in, co->exctab, co->nexc * sizeof(GpExcEntry));
}

static Value code_repr(GpThread *t, Value self) {
    GpCode *co = (GpCode *)v_obj(self);
    return gp_format(t, "<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co, co->filename,
                     co->firstlineno);
}

static Value code_get_name(GpThread *t, Value self) { (void)t; return ((GpCode *)v_obj(self))->name; }
static Value code_get_qualname(GpThread *t, Value self) { (void)t; return ((GpCode *)v_obj(self))->qualname; }
static Value code_get_filename(GpThread *t, Value self) { (void)t; return ((GpCode *)v_obj(self))->filename; }
static Value code_get_firstlineno(GpThread *t, Value self) {
    (void)t;
    return v_from_small(((GpCode *)v_obj(self))->firstlineno);
}
static Value code_get_argcount(GpThread *t, Value self) { (void)t; return v_from_small(((GpCode *)v_obj(self))->argcount); }
static Value code_get_varnames(GpThread *t, Value self) { (void)t; return ((GpCode *)v_obj(self))->varnames; }
static Value code_get_flags(GpThread *t, Value self) { (void)t; return v_from_small(((GpCode *)v_obj(self))->flags); }

static const GpGetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_flags", code_get_flags, NULL},
    {NULL, NULL, NULL},
};

GpType gp_code_type = {
    .hdr = {&gp_type_type},
    .name = "code",
    .base = &gp_object_type,
    .size = sizeof(GpCode),
    .repr = code_repr,
    .trace = code_trace,
    .finalize = code_finalize,
    .getsets = code_getsets,
};

Value gp_code_new(GpThread *t) {
    GpCode *co = gp_alloc(t, &gp_code_type, sizeof(GpCode));
    return co ? v_from_obj(co) : VNULL;
}

/* ---- functions */

Value gp_func_new(GpThread *t, GpCode *code, Value globals) {
    GpFunc *f = gp_alloc(t, &gp_function_type, sizeof(GpFunc));
    if (!f) return VNULL;
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = code->qualname;
    Value builtins = gp_dict_get_cstr(globals, "__builtins__");
    if (builtins && v_is_type(builtins, &gp_module_type)) builtins = VNULL;
    f->builtins = builtins && gp_is_dict(builtins) ? builtins : t->interp->builtins;
    f->module = gp_dict_get_cstr(globals, "__name__");
    f->doc = code->doc ? code->doc : V_NONE;
    return v_from_obj(f);
}

static void func_trace(GpGc *gc, GpObj *self) {
    GpFunc *f = (GpFunc *)self;
    gc_mark(gc, v_from_obj(f->code));
    gc_mark(gc, f->globals);
    gc_mark(gc, f->builtins);
    gc_mark(gc, f->defaults);
    gc_mark(gc, f->kwdefaults);
    gc_mark(gc, f->closure);
    gc_mark(gc, f->type_params);
    gc_mark(gc, f->name);
    gc_mark(gc, f->qualname);
    gc_mark(gc, f->doc);
    gc_mark(gc, f->module);
    gc_mark(gc, f->dict);
    gc_mark(gc, f->annotations);
}

static Value func_repr(GpThread *t, Value self) {
    GpFunc *f = (GpFunc *)v_obj(self);
    return gp_format(t, "<function %U at %p>", f->qualname, (void *)f);
}

static Value func_descr_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    if (!obj) return descr;
    return gp_method_new(t, descr, obj);
}

static Value func_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    return gp_eval_function(t, callable, args, nargs, kwnames);
}

#define FUNC_FIELD_GETTER(fname, field, dflt)                 \
    static Value fname(GpThread *t, Value self) {             \
        (void)t;                                              \
        Value v = ((GpFunc *)v_obj(self))->field;             \
        return v ? v : (dflt);                                \
    }
FUNC_FIELD_GETTER(func_get_name, name, V_NONE)
FUNC_FIELD_GETTER(func_get_qualname, qualname, V_NONE)
FUNC_FIELD_GETTER(func_get_doc, doc, V_NONE)
FUNC_FIELD_GETTER(func_get_module, module, V_NONE)
FUNC_FIELD_GETTER(func_get_defaults, defaults, V_NONE)
FUNC_FIELD_GETTER(func_get_kwdefaults, kwdefaults, V_NONE)
FUNC_FIELD_GETTER(func_get_closure, closure, V_NONE)
FUNC_FIELD_GETTER(func_get_globals, globals, V_NONE)

static Value func_get_code(GpThread *t, Value self) {
    (void)t;
    return v_from_obj(((GpFunc *)v_obj(self))->code);
}

static Value func_get_annotations(GpThread *t, Value self) {
    GpFunc *f = (GpFunc *)v_obj(self);
    if (!f->annotations && !(f->annotations = gp_dict_new(t))) return VNULL;
    return f->annotations;
}

static Value func_get_builtins(GpThread *t, Value self) {
    (void)t;
    return ((GpFunc *)v_obj(self))->builtins;
}

/* PEP 695 type parameters: gilpy has no generic def syntax, so only what
 * functools.wraps copies there. */
static Value func_get_type_params(GpThread *t, Value self) {
    (void)t;
    Value v = ((GpFunc *)v_obj(self))->type_params;
    return v ? v : gp_tuple_empty();
}

static int func_set_type_params(GpThread *t, Value self, Value v) {
    if (!v || !gp_is_tuple(v)) return gp_raise_i(t, &gp_TypeError, "__type_params__ must be set to a tuple");
    ((GpFunc *)v_obj(self))->type_params = v;
    return 0;
}

static Value func_get_dict(GpThread *t, Value self) {
    GpFunc *f = (GpFunc *)v_obj(self);
    if (!f->dict && !(f->dict = gp_dict_new(t))) return VNULL;
    return f->dict;
}

static int func_set_str(GpThread *t, Value self, Value v, int which) {
    if (!v || !gp_is_str(v))
        return gp_raise_i(t, &gp_TypeError, which ? "__qualname__ must be set to a string object"
                                                  : "__name__ must be set to a string object");
    GpFunc *f = (GpFunc *)v_obj(self);
    if (which) f->qualname = v;
    else f->name = v;
    return 0;
}
static int func_set_name(GpThread *t, Value self, Value v) { return func_set_str(t, self, v, 0); }
static int func_set_qualname(GpThread *t, Value self, Value v) { return func_set_str(t, self, v, 1); }
static int func_set_doc(GpThread *t, Value self, Value v) {
    (void)t;
    ((GpFunc *)v_obj(self))->doc = v ? v : V_NONE;
    return 0;
}
static int func_set_module(GpThread *t, Value self, Value v) {
    (void)t;
    ((GpFunc *)v_obj(self))->module = v ? v : V_NONE;
    return 0;
}
static int func_set_defaults(GpThread *t, Value self, Value v) {
    if (v && v != V_NONE && !gp_is_tuple(v))
        return gp_raise_i(t, &gp_TypeError, "__defaults__ must be set to a tuple object");
    ((GpFunc *)v_obj(self))->defaults = v == V_NONE ? VNULL : v;
    return 0;
}
static int func_set_kwdefaults(GpThread *t, Value self, Value v) {
    if (v && v != V_NONE && !gp_is_dict(v))
        return gp_raise_i(t, &gp_TypeError, "__kwdefaults__ must be set to a dict object");
    ((GpFunc *)v_obj(self))->kwdefaults = v == V_NONE ? VNULL : v;
    return 0;
}
static int func_set_dict(GpThread *t, Value self, Value v) {
    if (!v || !gp_is_dict(v)) return gp_raise_i(t, &gp_TypeError, "__dict__ must be set to a dictionary");
    ((GpFunc *)v_obj(self))->dict = v;
    return 0;
}
static int func_set_annotations(GpThread *t, Value self, Value v) {
    if (v && v != V_NONE && !gp_is_dict(v))
        return gp_raise_i(t, &gp_TypeError, "__annotations__ must be set to a dict object");
    ((GpFunc *)v_obj(self))->annotations = v == V_NONE ? VNULL : v;
    return 0;
}

static const GpGetSetDef func_getsets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__closure__", func_get_closure, NULL},
    {"__globals__", func_get_globals, NULL},
    {"__code__", func_get_code, NULL},
    {"__dict__", func_get_dict, func_set_dict},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__builtins__", func_get_builtins, NULL},
    {"__type_params__", func_get_type_params, func_set_type_params},
    {NULL, NULL, NULL},
};

GpType gp_function_type = {
    .hdr = {&gp_type_type},
    .name = "function",
    .base = &gp_object_type,
    .size = sizeof(GpFunc),
    .dict_offset = offsetof(GpFunc, dict),
    .repr = func_repr,
    .new_ = gp_function_type_new,
    .call = func_call,
    .descr_get = func_descr_get,
    .trace = func_trace,
    .getsets = func_getsets,
};

/* ---- cells */

Value gp_cell_new(GpThread *t, Value v) {
    GpCell *c = gp_alloc(t, &gp_cell_type, sizeof(GpCell));
    if (!c) return VNULL;
    c->v = v;
    return v_from_obj(c);
}

static void cell_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((GpCell *)self)->v); }

static Value cell_repr(GpThread *t, Value self) {
    GpCell *c = (GpCell *)v_obj(self);
    if (!c->v) return gp_format(t, "<cell at %p: empty>", (void *)c);
    return gp_format(t, "<cell at %p: %s object at %p>", (void *)c, v_type(c->v)->name, (void *)v_obj(c->v));
}

static Value cell_get_contents(GpThread *t, Value self) {
    GpCell *c = (GpCell *)v_obj(self);
    if (!c->v) return gp_raise(t, &gp_ValueError, "Cell is empty");
    return c->v;
}

static const GpGetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, NULL}, {NULL, NULL, NULL}};

GpType gp_cell_type = {
    .hdr = {&gp_type_type},
    .name = "cell",
    .base = &gp_object_type,
    .size = sizeof(GpCell),
    .repr = cell_repr,
    .trace = cell_trace,
    .getsets = cell_getsets,
};

/* ---- builtin functions and methods */

Value gp_builtin_new(GpThread *t, const GpMethodDef *def, Value self, GpType *owner) {
    GpBuiltin *b = gp_alloc(t, &gp_builtin_type, sizeof(GpBuiltin));
    if (!b) return VNULL;
    b->def = def;
    b->self = self;
    b->owner = owner;
    return v_from_obj(b);
}

static Value builtin_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpBuiltin *b = (GpBuiltin *)v_obj(callable);
    const GpMethodDef *def = b->def;
    Value self = b->self;
    if ((def->flags & GP_METH_NOKW) && kwnames && gp_tuple_len(kwnames)) {
        /* CPython names the type or module: list.append(), math.sqrt(). */
        if (b->owner) return gp_raise(t, &gp_TypeError, "%s.%s() takes no keyword arguments", b->owner->name, def->name);
        if (self && v_is_type(self, &gp_module_type)) {
            Value mname = ((GpModule *)v_obj(self))->name;
            if (!gp_str_eq_cstr(mname, "builtins"))
                return gp_raise(t, &gp_TypeError, "%U.%s() takes no keyword arguments", mname, def->name);
        }
        return gp_raise(t, &gp_TypeError, "%s() takes no keyword arguments", def->name);
    }
    if (!self && b->owner && !(def->flags & GP_METH_STATIC)) {
        /* An unbound method taken from its type: the first argument is self. */
        if (def->flags & GP_METH_CLASS) {
            self = v_from_obj(b->owner);
        } else {
            if (nargs == 0)
                return gp_raise(t, &gp_TypeError, "unbound method %s.%s() needs an argument", b->owner->name, def->name);
            if (!gp_isinstance_type(args[0], b->owner))
                return gp_raise(t, &gp_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                def->name, b->owner->name, v_type(args[0])->name);
            self = args[0];
            args++;
            nargs--;
        }
    }
    if (gp_enter_recursive(t, " while calling a Python object") < 0) return VNULL;
    Value r = def->fn(t, self, args, nargs, kwnames);
    gp_leave_recursive(t);
    return r;
}

static Value builtin_descr_get(GpThread *t, Value descr, Value obj, Value type) {
    GpBuiltin *b = (GpBuiltin *)v_obj(descr);
    if (!b->owner || b->self) return descr;
    if (b->def->flags & GP_METH_STATIC) return descr;
    if (b->def->flags & GP_METH_CLASS) return gp_builtin_new(t, b->def, obj ? v_from_obj(v_type(obj)) : type, b->owner);
    if (!obj) return descr;
    return gp_builtin_new(t, b->def, obj, b->owner);
}

static Value builtin_repr(GpThread *t, Value self) {
    GpBuiltin *b = (GpBuiltin *)v_obj(self);
    if (b->owner && !b->self) return gp_format(t, "<method '%s' of '%s' objects>", b->def->name, b->owner->name);
    if (!b->self || v_is_type(b->self, &gp_module_type)) return gp_format(t, "<built-in function %s>", b->def->name);
    if (v_has_flag(b->self, GP_TF_TYPE_SUB))
        return gp_format(t, "<built-in method %s of type object at %p>", b->def->name, (void *)v_obj(b->self));
    return gp_format(t, "<built-in method %s of %s object at %p>", b->def->name, v_type(b->self)->name,
                     (void *)v_obj(b->self));
}

static void builtin_trace(GpGc *gc, GpObj *self) {
    GpBuiltin *b = (GpBuiltin *)self;
    gc_mark(gc, b->self);
    gc_mark(gc, v_from_obj(b->owner));
}

static Value builtin_get_name(GpThread *t, Value self) {
    return gp_str_from_cstr(t, ((GpBuiltin *)v_obj(self))->def->name);
}
static Value builtin_get_qualname(GpThread *t, Value self) {
    GpBuiltin *b = (GpBuiltin *)v_obj(self);
    if (b->owner) return gp_format(t, "%s.%s", b->owner->name, b->def->name);
    return gp_str_from_cstr(t, b->def->name);
}
static Value builtin_get_self(GpThread *t, Value self) {
    (void)t;
    Value s = ((GpBuiltin *)v_obj(self))->self;
    return s ? s : V_NONE;
}
static Value builtin_get_module(GpThread *t, Value self) {
    GpBuiltin *b = (GpBuiltin *)v_obj(self);
    if (b->self && v_is_type(b->self, &gp_module_type)) return gp_getattr_cstr(t, b->self, "__name__");
    return b->owner ? V_NONE : gp_str_intern_cstr(t, "builtins");
}
static Value builtin_get_doc(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return V_NONE;
}

/* Builtins carry no signature text (CPython's comes from docstrings). */
static Value builtin_get_text_signature(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return V_NONE;
}

static const GpGetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_qualname, NULL},
    {"__self__", builtin_get_self, NULL},
    {"__module__", builtin_get_module, NULL},
    {"__doc__", builtin_get_doc, NULL},
    {"__text_signature__", builtin_get_text_signature, NULL},
    {NULL, NULL, NULL},
};

static int builtin_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    GpBuiltin *b = (GpBuiltin *)v_obj(self);
    *out = (int64_t)((uintptr_t)b->def >> 4) ^ (int64_t)(b->self >> 4);
    if (*out == -1) *out = -2;
    return 0;
}

static Value builtin_richcmp(GpThread *t, Value a, Value b, int op) {
    (void)t;
    if ((op != GP_EQ && op != GP_NE) || !v_is_type(b, &gp_builtin_type)) return V_NOTIMPL;
    GpBuiltin *x = (GpBuiltin *)v_obj(a), *y = (GpBuiltin *)v_obj(b);
    int eq = x->def == y->def && x->self == y->self;
    return v_bool(op == GP_EQ ? eq : !eq);
}

GpType gp_builtin_type = {
    .hdr = {&gp_type_type},
    .name = "builtin_function_or_method",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'builtin_function_or_method' instances" */
    .base = &gp_object_type,
    .size = sizeof(GpBuiltin),
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcmp = builtin_richcmp,
    .call = builtin_call,
    .descr_get = builtin_descr_get,
    .trace = builtin_trace,
    .getsets = builtin_getsets,
};

/* ---- bound methods */

Value gp_method_new(GpThread *t, Value func, Value self) {
    GpMethod *m = gp_alloc(t, &gp_method_type, sizeof(GpMethod));
    if (!m) return VNULL;
    m->func = func;
    m->self = self;
    return v_from_obj(m);
}

static Value method_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpMethod *m = (GpMethod *)v_obj(callable);
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    Value small[8];
    Value *argv = small;
    size_t total = nargs + nkw + 1;
    Value tmp = VNULL;
    if (total > 8) {
        tmp = gp_tuple_new(t, total);
        if (!tmp) return VNULL;
        argv = gp_tuple_items(tmp);
    }
    argv[0] = m->self;
    if (nargs + nkw) memcpy(argv + 1, args, (nargs + nkw) * sizeof(Value));
    Value r = gp_call(t, m->func, argv, nargs + 1, kwnames);
    (void)tmp;
    return r;
}

static Value method_repr(GpThread *t, Value self) {
    GpMethod *m = (GpMethod *)v_obj(self);
    Value name = gp_getattr_opt(t, m->func, gp_str_intern_cstr(t, "__qualname__"));
    if (!name) {
        if (t->exc) return VNULL;
        name = gp_str_from_cstr(t, "?");
    }
    return gp_format(t, "<bound method %S of %R>", name, m->self);
}

static void method_trace(GpGc *gc, GpObj *self) {
    GpMethod *m = (GpMethod *)self;
    gc_mark(gc, m->func);
    gc_mark(gc, m->self);
}

static Value method_getattr(GpThread *t, Value self, Value name) {
    Value v = gp_generic_getattr_opt(t, self, name);
    if (v || t->exc) return v;
    return gp_getattr(t, ((GpMethod *)v_obj(self))->func, name);
}

static Value method_get_func(GpThread *t, Value self) { (void)t; return ((GpMethod *)v_obj(self))->func; }
static Value method_get_self(GpThread *t, Value self) { (void)t; return ((GpMethod *)v_obj(self))->self; }

static Value method_get_doc(GpThread *t, Value self) {
    return gp_getattr_cstr(t, ((GpMethod *)v_obj(self))->func, "__doc__");
}

static const GpGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL},
    {"__doc__", method_get_doc, NULL},
    {"__self__", method_get_self, NULL},
    {NULL, NULL, NULL},
};

static Value method_richcmp(GpThread *t, Value a, Value b, int op) {
    if ((op != GP_EQ && op != GP_NE) || !v_is_type(b, &gp_method_type)) return V_NOTIMPL;
    GpMethod *x = (GpMethod *)v_obj(a), *y = (GpMethod *)v_obj(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = gp_eq(t, x->func, y->func);
        if (eq < 0) return VNULL;
    }
    return v_bool(op == GP_EQ ? eq : !eq);
}

static int method_hash(GpThread *t, Value self, int64_t *out) {
    GpMethod *m = (GpMethod *)v_obj(self);
    int64_t h;
    if (gp_hash(t, m->func, &h) < 0) return -1;
    *out = h ^ (int64_t)(m->self >> 4);
    if (*out == -1) *out = -2;
    return 0;
}

GpType gp_method_type = {
    .hdr = {&gp_type_type},
    .name = "method",
    .base = &gp_object_type,
    .size = sizeof(GpMethod),
    .repr = method_repr,
    .new_ = gp_method_type_new,
    .hash = method_hash,
    .richcmp = method_richcmp,
    .call = method_call,
    .getattr = method_getattr,
    .trace = method_trace,
    .getsets = method_getsets,
};

GP_REGISTER_TYPE(gp_code_type);
GP_REGISTER_TYPE(gp_function_type);
GP_REGISTER_TYPE(gp_cell_type);
GP_REGISTER_TYPE(gp_builtin_type);
GP_REGISTER_TYPE(gp_method_type);
