/* sys.c - the sys module. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/file.h"
#include "../obj/float.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/gil_glue.h"
#include "../vm/state.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

static Value s_exit(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "exit", nargs, 0, 1) < 0) return VNULL;
    /* sys.exit(None) raises SystemExit() with no arguments, as CPython. */
    Value e = gp_exc_new(t, &gp_SystemExit, nargs && args[0] != V_NONE ? gp_tuple_from(t, args, 1) : gp_tuple_empty());
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

static Value s_getrecursionlimit(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "getrecursionlimit", nargs, 0, 0) < 0) return VNULL;
    return v_from_small(t->interp->recursion_limit);
}

static Value s_setrecursionlimit(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "setrecursionlimit", nargs, 1, 1) < 0) return VNULL;
    if (gp_is_float(args[0])) return gp_raise(t, &gp_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (gp_as_ssize(t, args[0], &n) < 0) return VNULL;
    if (n < 1) return gp_raise(t, &gp_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX) return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
    if (n <= t->depth)
        return gp_raise(t, &gp_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                        (long long)n, t->depth);
    t->interp->recursion_limit = (int)n;
    return V_NONE;
}

static Value s_get_int_max_str_digits(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "get_int_max_str_digits", nargs, 0, 0) < 0) return VNULL;
    return v_from_small(t->interp->int_max_str_digits);
}

static Value s_set_int_max_str_digits(ARGS) {
    (void)self;
    static const char *const names[] = {"maxdigits"};
    static const GpArgSpec spec = {"set_int_max_str_digits", names, 1, 1, 0, 1};
    Value a[1];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    int64_t n;
    if (gp_as_ssize(t, a[0], &n) < 0) return VNULL;
    if (n != 0 && n < 640) return gp_raise(t, &gp_ValueError, "maxdigits must be 0 or larger than 640");
    t->interp->int_max_str_digits = (int)n;
    return V_NONE;
}

static Value s_exc_info(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "exc_info", nargs, 0, 0) < 0) return VNULL;
    Value e = t->handled;
    if (!e) return gp_tuple_pack(t, 3, V_NONE, V_NONE, V_NONE);
    Value tb = ((GpExc *)v_obj(e))->traceback;
    return gp_tuple_pack(t, 3, v_from_obj(v_type(e)), e, tb ? tb : V_NONE);
}

static Value s_exception(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "exception", nargs, 0, 0) < 0) return VNULL;
    return t->handled ? t->handled : V_NONE;
}

static Value s_intern(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "intern", nargs, 1, 1) < 0) return VNULL;
    if (!v_is_type(args[0], &gp_str_type))
        return gp_raise(t, &gp_TypeError, "intern() argument must be str, not %s", v_type(args[0])->name);
    return gp_str_intern(t, args[0]);
}

/* The module of the function running `depth` frames above the caller:
 * namedtuple and friends use it to set __module__ on classes they make. */
static Value s_getframemodulename(ARGS) {
    (void)self;
    static const char *const names[] = {"depth"};
    static const GpArgSpec spec = {"_getframemodulename", names, 1, 1, 0, 0};
    Value a[1];
    int64_t depth = 0;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (a[0] && gp_as_ssize(t, a[0], &depth) < 0) return VNULL;
    GpFrame *f = t->frame;
    for (; f && depth > 0; depth--) f = f->prev;
    if (!f) return V_NONE;
    if (f->func) return ((GpFunc *)v_obj(f->func))->module;
    Value name = f->globals ? gp_dict_get_cstr(f->globals, "__name__") : VNULL;
    return name ? name : V_NONE;
}

static Value s_getsizeof(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "getsizeof", nargs, 1, 2) < 0) return VNULL;
    Value v = args[0];
    size_t size = v_is_obj(v) ? v_type(v)->size : 8;
    if (gp_is_str(v)) size = sizeof(GpStr) + gp_str_nbytes(v) + 1;
    return gp_int_from_u64(t, size);
}

static Value s_displayhook(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "displayhook", nargs, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (v == V_NONE) return V_NONE;
    if (gp_dict_set_cstr(t, t->interp->builtins, "_", V_NONE) < 0) return VNULL;
    Value r = gp_repr(t, v);
    if (!r) return VNULL;
    Value out = gp_dict_get_cstr(((GpModule *)v_obj(t->interp->sys))->dict, "stdout");
    if (out && out != V_NONE) {
        Value line = gp_str_concat(t, r, gp_str_from_cstr(t, "\n"));
        if (!line || gp_file_write(t, out, line) < 0) return VNULL;
    }
    if (gp_dict_set_cstr(t, t->interp->builtins, "_", v) < 0) return VNULL;
    return V_NONE;
}

static Value s_excepthook(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "excepthook", nargs, 3, 3) < 0) return VNULL;
    if (gp_isinstance_type(args[1], &gp_BaseException)) gp_print_exception(t, args[1], VNULL);
    return V_NONE;
}

static Value s_getdefaultencoding(ARGS) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return gp_str_from_cstr(t, "utf-8");
}

static Value s_getswitchinterval(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "getswitchinterval", nargs, 0, 0) < 0) return VNULL;
    return v_from_float(t->interp->switch_interval);
}

static Value s_setswitchinterval(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "setswitchinterval", nargs, 1, 1) < 0) return VNULL;
    double d;
    if (gp_as_double(t, args[0], &d) < 0) return VNULL;
    if (!(d > 0)) return gp_raise(t, &gp_ValueError, "switch interval must be strictly positive");
    /* Kept in whole microseconds, as CPython does (so 1e-9 reads back as 0.0). */
    t->interp->switch_interval = 1e-6 * (double)(uint64_t)(1e6 * d);
    gp_gil_intervals_changed(t->interp);
    return V_NONE;
}

static Value s_getcheckinterval(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "getcheckinterval", nargs, 0, 0) < 0) return VNULL;
    return v_from_small(t->interp->check_interval);
}

static Value s_setcheckinterval(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "setcheckinterval", nargs, 1, 1) < 0) return VNULL;
    int64_t n;
    if (gp_as_ssize(t, args[0], &n) < 0) return VNULL;
    t->interp->check_interval = n < 1 ? 1 : (n > INT32_MAX ? INT32_MAX : (int)n);
    gp_gil_intervals_changed(t->interp);
    return V_NONE;
}

static const GpMethodDef sys_methods[] = {
    {"exit", s_exit, GP_METH_NOKW},
    {"getrecursionlimit", s_getrecursionlimit, GP_METH_NOKW},
    {"setrecursionlimit", s_setrecursionlimit, GP_METH_NOKW},
    {"get_int_max_str_digits", s_get_int_max_str_digits, GP_METH_NOKW},
    {"set_int_max_str_digits", s_set_int_max_str_digits, 0},
    {"exc_info", s_exc_info, GP_METH_NOKW},
    {"exception", s_exception, GP_METH_NOKW},
    {"intern", s_intern, GP_METH_NOKW},
    {"getsizeof", s_getsizeof, GP_METH_NOKW},
    {"_getframemodulename", s_getframemodulename, 0},
    {"displayhook", s_displayhook, GP_METH_NOKW},
    {"excepthook", s_excepthook, GP_METH_NOKW},
    {"getdefaultencoding", s_getdefaultencoding, GP_METH_NOKW},
    {"getfilesystemencoding", s_getdefaultencoding, GP_METH_NOKW},
    {"getswitchinterval", s_getswitchinterval, GP_METH_NOKW},
    {"setswitchinterval", s_setswitchinterval, GP_METH_NOKW},
    {"getcheckinterval", s_getcheckinterval, GP_METH_NOKW},
    {"setcheckinterval", s_setcheckinterval, GP_METH_NOKW},
    {NULL, NULL, 0},
};

/* The absolute path of the running executable, or "" when /proc is absent. */
static Value executable_path(GpThread *t) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return gp_str_from_cstr(t, "");
    return gp_str_decode_utf8(t, buf, (size_t)n, "surrogateescape");
}

/* sys.path before the script's directory is put in front: the entries of
 * $GILPYPATH (colon-separated, like $PYTHONPATH), then the standard library
 * written in Python, which lives in lib/ beside the executable. */
static int fill_default_path(GpThread *t, Value path, Value exe) {
    const char *env = getenv("GILPYPATH");
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t len = colon ? (size_t)(colon - env) : strlen(env);
        if (len) {
            Value s = gp_str_decode_utf8(t, env, len, "surrogateescape");
            if (!s || gp_list_append(t, path, s) < 0) return -1;
        }
        env = colon ? colon + 1 : NULL;
    }
    const char *e = gp_str_data(exe);
    const char *slash = strrchr(e, '/');
    if (!slash) return 0;
    char lib[PATH_MAX];
    snprintf(lib, sizeof lib, "%.*s/lib", (int)(slash - e), e);
    Value s = gp_str_from_cstr(t, lib);
    return s ? gp_list_append(t, path, s) : -1;
}

static void add_module_name(const GpModuleDef *def, void *arg) {
    void **ctx = arg;
    GpThread *t = ctx[0];
    Value name = gp_str_from_cstr(t, def->name);
    if (!name || gp_list_append(t, *(Value *)ctx[1], name) < 0) ctx[2] = (void *)1;
}

/* sys.builtin_module_names: every registered builtin module, sorted. */
static Value builtin_module_names(GpThread *t) {
    Value names = gp_list_new(t, 0);
    if (!names) return VNULL;
    void *ctx[3] = {t, &names, NULL};
    gp_builtin_modules_each(add_module_name, ctx);
    if (ctx[2] || gp_list_sort(t, names, VNULL, 0) < 0) return VNULL;
    return gp_list_as_tuple(t, names);
}

static int sys_init(GpThread *t, Value m) {
    GpInterp *in = t->interp;
    Value path = gp_list_new(t, 0);
    Value vinfo = gp_tuple_pack(t, 5, v_from_small(3), v_from_small(12), v_from_small(1),
                                gp_str_from_cstr(t, "final"), v_from_small(0));
    in->argv = gp_list_new(t, 0);
    Value exe = executable_path(t);
    Value names = builtin_module_names(t);
    if (!path || !vinfo || !in->argv || !exe || !names || fill_default_path(t, path, exe) < 0) return -1;
    if (gp_module_add(t, m, "argv", in->argv) < 0 || gp_module_add(t, m, "path", path) < 0 ||
        gp_module_add(t, m, "modules", in->modules) < 0 ||
        gp_module_add(t, m, "maxsize", gp_int_from_i64(t, INT64_MAX)) < 0 ||
        gp_module_add(t, m, "maxunicode", v_from_small(0x10FFFF)) < 0 ||
        gp_module_add(t, m, "version", gp_str_from_cstr(t, "3.12.1 (gilpy 0.1)")) < 0 ||
        gp_module_add(t, m, "version_info", vinfo) < 0 ||
        gp_module_add(t, m, "hexversion", v_from_small(0x030C01F0)) < 0 ||
        gp_module_add(t, m, "platform", gp_str_from_cstr(t, "linux")) < 0 ||
        gp_module_add(t, m, "byteorder", gp_str_from_cstr(t, "little")) < 0 ||
        gp_module_add(t, m, "executable", exe) < 0 ||
        gp_module_add(t, m, "builtin_module_names", names) < 0 ||
        gp_module_add(t, m, "dont_write_bytecode", V_TRUE) < 0)
        return -1;
    Value out = gp_file_from_fd(t, 1, "w", "<stdout>", -1);
    Value err = gp_file_from_fd(t, 2, "w", "<stderr>", 1);
    Value inp = gp_file_from_fd(t, 0, "r", "<stdin>", 0);
    /* PYTHONUNBUFFERED (or -u, which sets it for us): write through, as
     * CPython does, so output interleaves with os.write and survives fork. */
    const char *unbuf = getenv("PYTHONUNBUFFERED");
    if (out && err && unbuf && *unbuf) {
        gp_file_set_unbuffered(out);
        gp_file_set_unbuffered(err);
    }
    if (!out || !err || !inp) return -1;
    if (gp_module_add(t, m, "stdout", out) < 0 || gp_module_add(t, m, "stderr", err) < 0 ||
        gp_module_add(t, m, "stdin", inp) < 0 || gp_module_add(t, m, "__stdout__", out) < 0 ||
        gp_module_add(t, m, "__stderr__", err) < 0 || gp_module_add(t, m, "__stdin__", inp) < 0)
        return -1;
    Value mod = ((GpModule *)v_obj(m))->dict;
    gp_module_add(t, m, "__displayhook__", gp_dict_get_cstr(mod, "displayhook"));
    gp_module_add(t, m, "__excepthook__", gp_dict_get_cstr(mod, "excepthook"));
    return 0;
}

const GpModuleDef gp_sys_module = {
    "sys",
    sys_methods,
    sys_init,
    "This module provides access to some objects used or maintained by the interpreter.",
};
GP_REGISTER_MODULE(gp_sys_module);
