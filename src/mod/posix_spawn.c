/* posix_spawn.c - os.posix_spawn and os.posix_spawnp: start a program in
 * a child process without fork (the C library's posix_spawn), with
 * file_actions (open, close, dup2), setpgroup, setsid and resetids.
 * setsigmask, setsigdef and scheduler are not supported.
 *
 * The argument and environment strings are converted into one private
 * array before the call; it needs no GIL release (posix_spawn returns
 * once the child exists).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "posix_impl.h"

enum { SPAWN_OPEN, SPAWN_CLOSE, SPAWN_DUP2 };

/* A NULL-terminated array of strings copied from Python values. */
typedef struct StrVec {
    char **v;
    size_t n, cap;
} StrVec;

static void vec_free(StrVec *s) {
    for (size_t i = 0; i < s->n; i++) free(s->v[i]);
    free(s->v);
}

static int vec_push(GpThread *t, StrVec *s, char *str) {
    if (!str) return gp_raise_memory(t), -1;
    if (s->n + 2 > s->cap) {
        size_t ncap = s->cap ? s->cap * 2 : 8;
        char **nv = realloc(s->v, ncap * sizeof *nv);
        if (!nv) {
            free(str);
            return gp_raise_memory(t), -1;
        }
        s->v = nv;
        s->cap = ncap;
    }
    s->v[s->n++] = str;
    s->v[s->n] = NULL;
    return 0;
}

static int push_fs(GpThread *t, StrVec *s, Value v) {
    Value keep;
    const char *p = posix_fs_bytes(t, v, &keep);
    return p ? vec_push(t, s, strdup(p)) : -1;
}

static int argv_vec(GpThread *t, Value argv, const char *fname, StrVec *out) {
    if (!gp_is_list(argv) && !gp_is_tuple(argv))
        return gp_raise_i(t, &gp_TypeError, "%s: argv must be a tuple or list", fname);
    Value items = gp_sequence_tuple(t, argv);
    if (!items) return -1;
    if (gp_tuple_len(items) == 0) return gp_raise_i(t, &gp_ValueError, "%s: argv must not be empty", fname);
    for (size_t i = 0; i < gp_tuple_len(items); i++)
        if (push_fs(t, out, gp_tuple_items(items)[i]) < 0) return -1;
    return 0;
}

/* "KEY=VALUE" strings of a mapping's items. */
static int env_vec(GpThread *t, Value env, const char *fname, StrVec *out) {
    if (!gp_type_lookup_cstr(v_type(env), "keys") || !gp_type_lookup_cstr(v_type(env), "__getitem__"))
        return gp_raise_i(t, &gp_TypeError, "%s: environment must be a mapping object", fname);
    Value keys = gp_call_method(t, env, "keys", NULL, 0);
    Value list = keys ? gp_sequence_tuple(t, keys) : VNULL;
    if (!list) return -1;
    for (size_t i = 0; i < gp_tuple_len(list); i++) {
        Value k = gp_tuple_items(list)[i], v = gp_getitem(t, env, k), kk, vk;
        if (!v) return -1;
        const char *ks = posix_fs_bytes(t, k, &kk), *vs = ks ? posix_fs_bytes(t, v, &vk) : NULL;
        if (!vs) return -1;
        if (!*ks || strchr(ks, '=')) return gp_raise_i(t, &gp_ValueError, "illegal environment variable name");
        size_t kn = strlen(ks), vn = strlen(vs);
        char *e = malloc(kn + vn + 2);
        if (e) {
            memcpy(e, ks, kn);
            e[kn] = '=';
            memcpy(e + kn + 1, vs, vn + 1);
        }
        if (vec_push(t, out, e) < 0) return -1;
    }
    return 0;
}

/* file_actions: a sequence of (POSIX_SPAWN_OPEN, fd, path, flags, mode),
 * (POSIX_SPAWN_CLOSE, fd) and (POSIX_SPAWN_DUP2, fd, new_fd). */
static int file_actions(GpThread *t, Value seq, posix_spawn_file_actions_t *fa) {
    Value items = gp_sequence_tuple(t, seq);
    if (!items) {
        if (gp_exc_matches(t, &gp_TypeError)) {
            gp_exc_clear(t);
            return gp_raise_i(t, &gp_TypeError, "file_actions must be a sequence or None");
        }
        return -1;
    }
    for (size_t i = 0; i < gp_tuple_len(items); i++) {
        Value a = gp_tuple_items(items)[i];
        if (!gp_is_tuple(a) || gp_tuple_len(a) == 0)
            return gp_raise_i(t, &gp_TypeError, "Each file_actions element must be a non-empty tuple");
        const Value *f = gp_tuple_items(a);
        size_t n = gp_tuple_len(a);
        int tag, fd, x, mode, r;
        if (posix_int_arg(t, f[0], &tag) < 0) return -1;
        if (tag == SPAWN_OPEN) {
            PathArg p = {.fname = "posix_spawn", .argname = "path"};
            if (n != 5) return gp_raise_i(t, &gp_TypeError, "A open file_action tuple must have 5 elements");
            if (posix_int_arg(t, f[1], &fd) < 0 || posix_path_arg(t, f[2], &p) < 0 || posix_int_arg(t, f[3], &x) < 0 ||
                posix_int_arg(t, f[4], &mode) < 0)
                return -1;
            r = posix_spawn_file_actions_addopen(fa, fd, p.narrow, x, (mode_t)mode);
        } else if (tag == SPAWN_CLOSE) {
            if (n != 2) return gp_raise_i(t, &gp_TypeError, "A close file_action tuple must have 2 elements");
            if (posix_int_arg(t, f[1], &fd) < 0) return -1;
            r = posix_spawn_file_actions_addclose(fa, fd);
        } else if (tag == SPAWN_DUP2) {
            if (n != 3) return gp_raise_i(t, &gp_TypeError, "A dup2 file_action tuple must have 3 elements");
            if (posix_int_arg(t, f[1], &fd) < 0 || posix_int_arg(t, f[2], &x) < 0) return -1;
            r = posix_spawn_file_actions_adddup2(fa, fd, x);
        } else {
            return gp_raise_i(t, &gp_TypeError, "Unknown file_actions identifier");
        }
        if (r) return gp_raise_errno(t, r, VNULL), -1;
    }
    return 0;
}

static Value spawn(GpThread *t, const Value *args, size_t nargs, Value kw, const char *fname, int search) {
    static const char *const kwnames[] = {"file_actions", "setpgroup", "resetids", "setsid",
                                          "setsigmask",   "setsigdef", "scheduler"};
    Value opts[7] = {0};
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    if (nargs != 3)
        return gp_raise(t, &gp_TypeError, "%s() takes exactly 3 positional arguments (%zu given)", fname, nargs);
    for (size_t i = 0; i < nkw; i++) {
        Value name = gp_tuple_items(kw)[i];
        size_t j = 0;
        while (j < 7 && !gp_str_eq_cstr(name, kwnames[j])) j++;
        if (j == 7) return gp_raise(t, &gp_TypeError, "%R is an invalid keyword argument for %s()", name, fname);
        opts[j] = args[nargs + i];
    }
    for (int j = 4; j < 7; j++)
        if (opts[j] && opts[j] != V_NONE && gp_truthy(t, opts[j]) != 0)
            return gp_raise(t, &gp_NotImplementedError, "%s: %s is not supported", fname, kwnames[j]);
    PathArg path = {.fname = fname, .argname = "path"};
    if (posix_path_arg(t, args[0], &path) < 0) return VNULL;
    StrVec argv = {0}, envp = {0};
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    Value result = VNULL;
    short flags = 0;
    int pgroup = 0;
    if (argv_vec(t, args[1], fname, &argv) < 0 || env_vec(t, args[2], fname, &envp) < 0) goto done;
    if (opts[0] && opts[0] != V_NONE && file_actions(t, opts[0], &fa) < 0) goto done;
    if (opts[1] && opts[1] != V_NONE) {
        if (posix_int_arg(t, opts[1], &pgroup) < 0) goto done;
        flags |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(&attr, pgroup);
    }
    for (int j = 2; j <= 3; j++) {
        int on = opts[j] ? gp_truthy(t, opts[j]) : 0;
        if (on < 0) goto done;
        if (on) flags |= j == 2 ? POSIX_SPAWN_RESETIDS : POSIX_SPAWN_SETSID;
    }
    posix_spawnattr_setflags(&attr, flags);
    pid_t pid;
    int r = search ? posix_spawnp(&pid, path.narrow, &fa, &attr, argv.v, envp.v ? envp.v : (char *[]){NULL})
                   : posix_spawn(&pid, path.narrow, &fa, &attr, argv.v, envp.v ? envp.v : (char *[]){NULL});
    result = r ? posix_path_error(t, r, &path) : v_from_small(pid);
done:
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    vec_free(&argv);
    vec_free(&envp);
    return result;
}

static Value m_posix_spawn(ARGS) {
    (void)self;
    return spawn(t, args, nargs, kw, "posix_spawn", 0);
}

static Value m_posix_spawnp(ARGS) {
    (void)self;
    return spawn(t, args, nargs, kw, "posix_spawnp", 1);
}

const GpMethodDef posix_spawn_methods[] = {
    {"posix_spawn", m_posix_spawn, 0},
    {"posix_spawnp", m_posix_spawnp, 0},
    {NULL, NULL, 0},
};
