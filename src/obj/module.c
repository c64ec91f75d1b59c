/* module.c - module objects and importing builtin modules. */
#include "module.h"

#include <stddef.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "object_methods.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

Value gp_module_new(GpThread *t, Value name) {
    GpModule *m = gp_alloc(t, &gp_module_type, sizeof(GpModule));
    if (!m) return VNULL;
    Value mv = v_from_obj(m);
    m->name = name;
    m->dict = gp_dict_new(t);
    if (!m->dict) return VNULL;
    if (gp_dict_set_cstr(t, m->dict, "__name__", name) < 0 || gp_dict_set_cstr(t, m->dict, "__doc__", V_NONE) < 0 ||
        gp_dict_set_cstr(t, m->dict, "__package__", V_NONE) < 0 ||
        gp_dict_set_cstr(t, m->dict, "__loader__", V_NONE) < 0 || gp_dict_set_cstr(t, m->dict, "__spec__", V_NONE) < 0)
        return VNULL;
    return mv;
}

int gp_module_add(GpThread *t, Value module, const char *name, Value v) {
    if (!v) return -1;
    return gp_dict_set_cstr(t, ((GpModule *)v_obj(module))->dict, name, v);
}

int gp_module_add_int(GpThread *t, Value module, const char *name, int64_t v) {
    extern Value gp_int_from_i64(GpThread * t, int64_t i);
    return gp_module_add(t, module, name, gp_int_from_i64(t, v));
}

Value gp_module_from_def(GpThread *t, const GpModuleDef *def) {
    Value name = gp_str_intern_cstr(t, def->name);
    if (!name) return VNULL;
    Value m = gp_module_new(t, name);
    if (!m) return VNULL;
    if (def->doc && gp_module_add(t, m, "__doc__", gp_str_from_cstr(t, def->doc)) < 0) return VNULL;
    for (const GpMethodDef *md = def->methods; md && md->name; md++) {
        Value f = gp_builtin_new(t, md, m, NULL);
        if (!f || gp_module_add(t, m, md->name, f) < 0) return VNULL;
    }
    if (def->init && def->init(t, m) < 0) return VNULL;
    return m;
}

extern const GpModuleDef *const __start_gp_modules[], *const __stop_gp_modules[];

const GpModuleDef *gp_find_builtin_module(const char *name) {
    for (const GpModuleDef *const *p = __start_gp_modules; p < __stop_gp_modules; p++)
        if (!strcmp((*p)->name, name)) return *p;
    return NULL;
}

void gp_builtin_modules_each(void (*fn)(const GpModuleDef *def, void *arg), void *arg) {
    for (const GpModuleDef *const *p = __start_gp_modules; p < __stop_gp_modules; p++) fn(*p, arg);
}

int gp_module_initializing(Value v) {
    return v_is_obj(v) && gp_type_is_subtype(v_type(v), &gp_module_type) && ((GpModule *)v_obj(v))->initializing;
}

static Value module_getattr(GpThread *t, Value self, Value name) {
    Value v = gp_generic_getattr_opt(t, self, name);
    if (v || t->exc) return v;
    GpModule *m = (GpModule *)v_obj(self);
    Value ga = gp_dict_get_cstr(m->dict, "__getattr__");
    if (ga) return gp_call1(t, ga, name);
    Value mname = gp_dict_get_cstr(m->dict, "__name__");
    Value msg = !mname || !gp_is_str(mname) ? gp_format(t, "module has no attribute '%U'", name)
                : m->initializing ? gp_format(t,
                                              "partially initialized module '%U' has no attribute '%U' "
                                              "(most likely due to a circular import)",
                                              mname, name)
                                  : gp_format(t, "module '%U' has no attribute '%U'", mname, name);
    if (!msg) return VNULL;
    Value e = gp_exc_new(t, &gp_AttributeError, gp_tuple_pack(t, 1, msg));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", name);
    gp_exc_set_attr(t, e, "obj", self);
    gp_exc_restore(t, e);
    return VNULL;
}

static Value module_repr(GpThread *t, Value self) {
    GpModule *m = (GpModule *)v_obj(self);
    Value name = gp_dict_get_cstr(m->dict, "__name__");
    Value file = gp_dict_get_cstr(m->dict, "__file__");
    if (!name) name = gp_str_from_cstr(t, "?");
    if (file) return gp_format(t, "<module %R from %R>", name, file);
    /* A builtin module is the one sys.modules holds under a builtin
     * module's name; a module made by ModuleType(name) has no origin. */
    int builtin = gp_is_str(name) && gp_find_builtin_module(gp_str_data(name)) &&
                  gp_dict_get_str(t->interp->modules, name) == self;
    return gp_format(t, builtin ? "<module %R (built-in)>" : "<module %R>", name);
}

static void module_trace(GpGc *gc, GpObj *self) {
    GpModule *m = (GpModule *)self;
    gc_mark(gc, m->dict);
    gc_mark(gc, m->name);
}

/* module(name, doc=None): types.ModuleType. */
static Value module_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    static const char *const names[] = {"name", "doc"};
    static const GpArgSpec spec = {"module", names, 2, 2, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "module() argument 'name' must be str, not %s", v_type(a[0])->name);
    Value m = gp_module_new(t, a[0]);
    if (m && a[1] && gp_module_add(t, m, "__doc__", a[1]) < 0) return VNULL;
    return m;
}

static int module_init(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)self; (void)a; (void)n; (void)kw;
    return 0;
}

static Value module_get_dict(GpThread *t, Value self) {
    (void)t;
    return ((GpModule *)v_obj(self))->dict;
}

/* module.__annotations__: the dict's entry, created empty on first read
 * (as CPython 3.10+). */
static Value module_get_annotations(GpThread *t, Value self) {
    Value d = ((GpModule *)v_obj(self))->dict;
    Value ann = gp_dict_get_cstr(d, "__annotations__");
    if (ann) return ann;
    ann = gp_dict_new(t);
    if (!ann || gp_dict_set_cstr(t, d, "__annotations__", ann) < 0) return VNULL;
    return ann;
}

static int module_set_annotations(GpThread *t, Value self, Value v) {
    Value d = ((GpModule *)v_obj(self))->dict;
    if (v) return gp_dict_set_cstr(t, d, "__annotations__", v);
    Value key = gp_str_intern_cstr(t, "__annotations__");
    int r = key ? gp_dict_del(t, d, key) : -1;
    if (r == 0) return gp_raise_i(t, &gp_AttributeError, "__annotations__");
    return r < 0 ? -1 : 0;
}

static const GpGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {"__annotations__", module_get_annotations, module_set_annotations},
    {NULL, NULL, NULL},
};

static const GpMethodDef module_methods[] = {
    {"__dir__", gp_module_dir, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_module_type = {
    .hdr = {&gp_type_type},
    .name = "module",
    .base = &gp_object_type,
    .size = sizeof(GpModule),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(GpModule, dict),
    .repr = module_repr,
    .getattr = module_getattr,
    .new_ = module_new,
    .init = module_init,
    .trace = module_trace,
    .getsets = module_getsets,
    .methods = module_methods,
};

/* The absolute name of a relative import, from the importing module's
 * __package__ (or __name__). */
static Value resolve_relative(GpThread *t, Value name, int level, Value globals) {
    Value pkg = globals ? gp_dict_get_cstr(globals, "__package__") : VNULL;
    if (!pkg || pkg == V_NONE) {
        Value mname = globals ? gp_dict_get_cstr(globals, "__name__") : VNULL;
        if (mname && gp_is_str(mname)) {
            if (globals && gp_dict_get_cstr(globals, "__path__")) {
                pkg = mname;
            } else {
                const char *d = strrchr(gp_str_data(mname), '.');
                pkg = d ? gp_str_new(t, gp_str_data(mname), (size_t)(d - gp_str_data(mname))) : gp_str_from_cstr(t, "");
            }
        }
    }
    if (!pkg || !gp_is_str(pkg) || !gp_str_nbytes(pkg))
        return gp_raise(t, &gp_ImportError, "attempted relative import with no known parent package");
    const char *p = gp_str_data(pkg);
    size_t len = gp_str_nbytes(pkg);
    for (int i = 1; i < level; i++) {
        while (len > 0 && p[len - 1] != '.') len--;
        if (len == 0) return gp_raise(t, &gp_ImportError, "attempted relative import beyond top-level package");
        len--;
    }
    if (!gp_str_nbytes(name)) return gp_str_intern(t, gp_str_new(t, p, len));
    Value base = gp_str_new(t, p, len);
    return base ? gp_str_intern(t, gp_format(t, "%U.%U", base, name)) : VNULL;
}

/* Importing: sys.modules first, then the builtin modules (created on
 * first import and cached in sys.modules), then Python source files on
 * sys.path (vm/import.c). `import a.b` returns `a`; with a fromlist the
 * module itself is returned, and names in the fromlist that are
 * submodules of a package are imported too. */
Value gp_import(GpThread *t, Value name, Value fromlist, int level, Value globals) {
    extern Value gp_import_source(GpThread * t, Value name);
    GpInterp *in = t->interp;
    if (!gp_is_str(name)) return gp_raise(t, &gp_TypeError, "module name must be str, not %s", v_type(name)->name);
    if (level > 0) {
        name = resolve_relative(t, name, level, globals);
        if (!name) return VNULL;
    } else if (!gp_str_nbytes(name)) {
        return gp_raise(t, &gp_ValueError, "Empty module name");
    }
    Value m = gp_dict_get_str(in->modules, name);
    if (!m || m == V_NONE) { /* None: gp_import_source raises "import of X halted" */
        m = gp_import_source(t, name);
        if (!m) return VNULL;
    }
    int has_fromlist = fromlist && fromlist != V_NONE && gp_is_tuple(fromlist) && gp_tuple_len(fromlist) > 0;
    if (has_fromlist && gp_isinstance_type(m, &gp_module_type) && gp_dict_get_cstr(((GpModule *)v_obj(m))->dict, "__path__")) {
        for (size_t i = 0; i < gp_tuple_len(fromlist); i++) {
            Value item = gp_tuple_items(fromlist)[i];
            if (!gp_is_str(item) || gp_str_eq_cstr(item, "*")) continue;
            if (gp_dict_get_str(((GpModule *)v_obj(m))->dict, item)) continue;
            Value sub = gp_format(t, "%U.%U", name, item);
            if (!sub) return VNULL;
            if (!gp_import_source(t, gp_str_intern(t, sub))) {
                /* A missing submodule is reported later as a missing name. */
                if (!gp_exc_matches(t, &gp_ModuleNotFoundError)) return VNULL;
                gp_exc_clear(t);
            }
        }
    }
    if (has_fromlist || level > 0) return m;
    const char *dot = strchr(gp_str_data(name), '.');
    if (dot) {
        Value top = gp_str_new(t, gp_str_data(name), (size_t)(dot - gp_str_data(name)));
        if (!top) return VNULL;
        Value tm = gp_dict_get_str(in->modules, top);
        if (tm) return tm;
    }
    return m;
}

GP_REGISTER_TYPE(gp_module_type);
