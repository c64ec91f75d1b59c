/* import.c - importing modules written in Python.
 *
 * A module `a.b.c` is found by importing `a`, then `a.b`, each step
 * looking for NAME.py or the package NAME/__init__.py, first on sys.path
 * and then on the parent package's __path__. A module is put in
 * sys.modules before its code runs (so circular imports see the partly
 * initialised module, as in CPython) and removed again if the code fails.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../lang/compile.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "error.h"
#include "eval.h"
#include "state.h"

static Value not_found(GpThread *t, Value name, const char *extra) {
    Value msg = extra ? gp_format(t, "No module named %R; %s", name, extra) : gp_format(t, "No module named %R", name);
    if (!msg) return VNULL;
    Value e = gp_exc_new(t, &gp_ModuleNotFoundError, gp_tuple_pack(t, 1, msg));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", name);
    gp_exc_restore(t, e);
    return VNULL;
}

static int is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Look for `leaf` in the directories of list `paths`: sets *file (and
 * *pkgdir for a package). Returns 1 if found. */
static int find_in(GpThread *t, Value paths, const char *leaf, char **file, char **pkgdir) {
    if (!paths || !gp_is_list(paths)) return 0;
    GpList *l = gp_list_obj(paths);
    for (size_t i = 0; i < l->n; i++) {
        Value d = l->items[i];
        if (!gp_is_str(d)) continue;
        const char *dir = gp_str_nbytes(d) ? gp_str_data(d) : ".";
        size_t need = strlen(dir) + strlen(leaf) + 20;
        char *p = malloc(need);
        if (!p) {
            gp_raise_memory(t);
            return -1;
        }
        snprintf(p, need, "%s/%s/__init__.py", dir, leaf);
        if (is_file(p)) {
            *file = p;
            *pkgdir = malloc(need);
            if (*pkgdir) snprintf(*pkgdir, need, "%s/%s", dir, leaf);
            return 1;
        }
        snprintf(p, need, "%s/%s.py", dir, leaf);
        if (is_file(p)) {
            *file = p;
            *pkgdir = NULL;
            return 1;
        }
        free(p);
    }
    return 0;
}

static char *read_file(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

/* Load one module whose parent (if any) is already imported. */
static Value load(GpThread *t, Value fullname, Value parent, const char *leaf) {
    GpInterp *in = t->interp;
    Value paths;
    if (parent) {
        paths = gp_dict_get_cstr(((GpModule *)v_obj(parent))->dict, "__path__");
        if (!paths) {
            Value pname = ((GpModule *)v_obj(parent))->name;
            Value extra = gp_format(t, "%R is not a package", pname);
            return extra ? not_found(t, fullname, gp_str_data(extra)) : VNULL;
        }
    } else {
        paths = gp_dict_get_cstr(((GpModule *)v_obj(in->sys))->dict, "path");
    }
    char *file = NULL, *pkgdir = NULL;
    int r = find_in(t, paths, leaf, &file, &pkgdir);
    if (r < 0) return VNULL;
    if (r == 0) return not_found(t, fullname, NULL);
    Value m = gp_module_new(t, fullname);
    Value result = VNULL;
    size_t len = 0;
    char *src = NULL;
    if (!m) goto done;
    GpModule *mod = (GpModule *)v_obj(m);
    if (gp_module_add(t, m, "__file__", gp_str_from_cstr(t, file)) < 0 ||
        gp_module_add(t, m, "__builtins__", in->builtins_mod) < 0)
        goto done;
    if (pkgdir) {
        Value pl = gp_list_new(t, 1);
        if (!pl || gp_list_append(t, pl, gp_str_from_cstr(t, pkgdir)) < 0 || gp_module_add(t, m, "__path__", pl) < 0 ||
            gp_module_add(t, m, "__package__", fullname) < 0)
            goto done;
    } else if (parent) {
        if (gp_module_add(t, m, "__package__", ((GpModule *)v_obj(parent))->name) < 0) goto done;
    } else if (gp_module_add(t, m, "__package__", gp_str_from_cstr(t, "")) < 0) {
        goto done;
    }
    src = read_file(file, &len);
    if (!src) {
        gp_raise_errno(t, 2, gp_str_from_cstr(t, file));
        goto done;
    }
    Value code = gp_compile(t, src, len, file, PARSE_FILE, NULL);
    if (!code) goto done;
    if (gp_dict_set(t, in->modules, fullname, m) < 0) goto done;
    mod->initializing = 1;
    Value ran = gp_eval_code(t, (GpCode *)v_obj(code), mod->dict, VNULL);
    mod->initializing = 0;
    if (!ran) {
        Value e = gp_exc_fetch(t);
        gp_dict_del(t, in->modules, fullname);
        gp_exc_clear(t);
        gp_exc_restore(t, e);
        goto done;
    }
    /* The module may have replaced itself in sys.modules. */
    result = gp_dict_get_str(in->modules, fullname);
    if (!result) result = m;
    if (parent && gp_setattr(t, parent, gp_str_intern_cstr(t, leaf), result) < 0) result = VNULL;
done:
    free(src);
    free(file);
    free(pkgdir);
    return result;
}

Value gp_import_source(GpThread *t, Value name) {
    GpInterp *in = t->interp;
    const char *s = gp_str_data(name);
    Value parent = VNULL;
    const char *start = s;
    for (;;) {
        const char *dot = strchr(start, '.');
        size_t plen = dot ? (size_t)(dot - s) : strlen(s);
        Value prefix = gp_str_new(t, s, plen);
        if (!prefix) return VNULL;
        prefix = gp_str_intern(t, prefix);
        Value m = gp_dict_get_str(in->modules, prefix);
        if (m == V_NONE) {
            /* sys.modules[name] = None blocks the import, as in CPython. */
            Value msg = gp_format(t, "import of %U halted; None in sys.modules", prefix);
            Value e = msg ? gp_exc_new(t, &gp_ModuleNotFoundError, gp_tuple_pack(t, 1, msg)) : VNULL;
            if (!e) return VNULL;
            gp_exc_set_attr(t, e, "name", prefix);
            gp_exc_restore(t, e);
            return VNULL;
        }
        if (!m) {
            const GpModuleDef *def = gp_find_builtin_module(gp_str_data(prefix));
            if (def) {
                m = gp_module_from_def(t, def);
                if (!m || gp_dict_set(t, in->modules, prefix, m) < 0) return VNULL;
            } else {
                size_t llen = dot ? (size_t)(dot - start) : strlen(start);
                char *leaf = malloc(llen + 1);
                if (!leaf) return gp_raise_memory(t);
                memcpy(leaf, start, llen);
                leaf[llen] = 0;
                m = load(t, prefix, parent, leaf);
                free(leaf);
                if (!m) return VNULL;
            }
        }
        if (!dot) return m;
        parent = m;
        start = dot + 1;
    }
}
