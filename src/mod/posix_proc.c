/* posix_proc.c - the posix module's process calls: ids, kill, _exit,
 * times, uname, umask, system, the environment, terminal size, and the
 * small helpers (strerror, urandom, cpu_count, fspath). Waiting for
 * children is posix_wait.c, starting them posix_spawn.c.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/signals.h"
#include "posix_impl.h"
#include "urandom.h"

/* ---- struct sequences */

static const GpGetSetDef terminal_size_fields[] = {
    {"columns", GP_SQ(0), NULL}, {"lines", GP_SQ(1), NULL}, {NULL, NULL, NULL}};

GpStructSeqType posix_terminal_size_type = {
    {.hdr = {&gp_type_type},
     .name = "os.terminal_size",
     .base = &gp_tuple_type,
     .getsets = terminal_size_fields,
     GP_STRUCTSEQ_SLOTS,
     .doc = "A tuple of (columns, lines) for holding terminal window size"},
    2,
    0,
};
GP_REGISTER_STRUCTSEQ(posix_terminal_size_type);

static const GpGetSetDef times_fields[] = {
    {"user", GP_SQ(0), NULL},          {"system", GP_SQ(1), NULL}, {"children_user", GP_SQ(2), NULL},
    {"children_system", GP_SQ(3), NULL}, {"elapsed", GP_SQ(4), NULL}, {NULL, NULL, NULL}};

GpStructSeqType posix_times_result_type = {
    {.hdr = {&gp_type_type},
     .name = "posix.times_result",
     .base = &gp_tuple_type,
     .getsets = times_fields,
     GP_STRUCTSEQ_SLOTS,
     .doc = "times_result: Result from os.times()."},
    5,
    0,
};
GP_REGISTER_STRUCTSEQ(posix_times_result_type);

static const GpGetSetDef uname_fields[] = {
    {"sysname", GP_SQ(0), NULL}, {"nodename", GP_SQ(1), NULL}, {"release", GP_SQ(2), NULL},
    {"version", GP_SQ(3), NULL}, {"machine", GP_SQ(4), NULL},  {NULL, NULL, NULL}};

GpStructSeqType posix_uname_result_type = {
    {.hdr = {&gp_type_type},
     .name = "posix.uname_result",
     .base = &gp_tuple_type,
     .getsets = uname_fields,
     GP_STRUCTSEQ_SLOTS,
     .doc = "uname_result: Result from os.uname()."},
    5,
    0,
};
GP_REGISTER_STRUCTSEQ(posix_uname_result_type);

/* ---- helpers */

static int no_args(GpThread *t, const char *name, size_t nargs, Value kw) {
    return gp_check_no_kw(t, name, kw) < 0 || gp_check_nargs(t, name, nargs, 0, 0) < 0 ? -1 : 0;
}

/* os.fspath: str and bytes as they are, else __fspath__'s result. */
static Value fspath(GpThread *t, Value v) {
    if (gp_is_str(v) || gp_is_bytes(v)) return v;
    if (!gp_type_lookup_cstr(v_type(v), "__fspath__"))
        return gp_raise(t, &gp_TypeError, "expected str, bytes or os.PathLike object, not %T", v);
    Value r = gp_call_method(t, v, "__fspath__", NULL, 0);
    if (r && !gp_is_str(r) && !gp_is_bytes(r))
        return gp_raise(t, &gp_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", v, r);
    return r;
}

const char *posix_fs_bytes(GpThread *t, Value v, Value *keep) {
    Value p = fspath(t, v);
    if (!p) return NULL;
    if (gp_is_str(p) && !gp_str_obj(p)->ascii) p = gp_str_encode(t, p, "utf-8", "surrogateescape");
    if (!p) return NULL;
    *keep = p;
    const char *s = gp_is_str(p) ? gp_str_data(p) : (const char *)gp_bytes_obj(p)->data;
    size_t n = gp_is_str(p) ? gp_str_nbytes(p) : gp_bytes_obj(p)->n;
    if (strlen(s) != n) return gp_raise(t, &gp_ValueError, "embedded null byte"), NULL;
    return s;
}

/* ---- ids, signals, exit */

#define ID_FUNC(name, call)                                                                        \
    static Value m_##name(ARGS) {                                                                  \
        (void)self, (void)args;                                                                    \
        if (no_args(t, "posix." #name, nargs, kw) < 0) return VNULL;                               \
        return gp_int_from_i64(t, (int64_t)call);                                                  \
    }
ID_FUNC(getpid, getpid())
ID_FUNC(getppid, getppid())
ID_FUNC(getuid, getuid())
ID_FUNC(geteuid, geteuid())
ID_FUNC(getgid, getgid())
ID_FUNC(getegid, getegid())
ID_FUNC(getpgrp, getpgrp())

static Value m_kill(ARGS) {
    (void)self;
    int64_t pid;
    int sig;
    if (gp_check_no_kw(t, "posix.kill", kw) < 0 || gp_check_nargs(t, "kill", nargs, 2, 2) < 0 ||
        posix_i64_arg(t, args[0], &pid, "long") < 0 || posix_int_arg(t, args[1], &sig) < 0)
        return VNULL;
    if (kill((pid_t)pid, sig) < 0) return gp_raise_errno(t, errno, VNULL);
    /* A signal sent to ourselves is handled before kill() returns, as in
     * CPython (PyErr_CheckSignals). */
    if (gp_signals_check(t) < 0) return VNULL;
    return V_NONE;
}

static Value m_exit(ARGS) {
    (void)self;
    static const char *const names[] = {"status"};
    static const GpArgSpec spec = {"_exit", names, 1, 1, 0, 1};
    Value a[1];
    int status;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_int_arg(t, a[0], &status) < 0) return VNULL;
    _exit(status);
}

/* system(command): the wait status, as the C library returns it. The
 * shell runs with the GIL released. */
static Value m_system(ARGS) {
    (void)self;
    static const char *const names[] = {"command"};
    static const GpArgSpec spec = {"system", names, 1, 1, 0, 1};
    Value a[1], keep;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    const char *cmd = posix_fs_bytes(t, a[0], &keep);
    if (!cmd) return VNULL;
    gp_blocking_begin(t);
    int r = system(cmd);
    gp_blocking_end(t);
    return v_from_small(r);
}

static Value m_times(ARGS) {
    (void)self, (void)args;
    if (no_args(t, "posix.times", nargs, kw) < 0) return VNULL;
    struct tms tm;
    clock_t c = times(&tm);
    if (c == (clock_t)-1) return gp_raise_errno(t, errno, VNULL);
    double ticks = (double)sysconf(_SC_CLK_TCK);
    Value items[5] = {
        v_from_float((double)tm.tms_utime / ticks),  v_from_float((double)tm.tms_stime / ticks),
        v_from_float((double)tm.tms_cutime / ticks), v_from_float((double)tm.tms_cstime / ticks),
        v_from_float((double)c / ticks),
    };
    return gp_structseq_new(t, &posix_times_result_type, items);
}

static Value m_uname(ARGS) {
    (void)self, (void)args;
    if (no_args(t, "posix.uname", nargs, kw) < 0) return VNULL;
    struct utsname u;
    if (uname(&u) < 0) return gp_raise_errno(t, errno, VNULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value items[5];
    for (int i = 0; i < 5; i++)
        if (!(items[i] = posix_name(t, parts[i], strlen(parts[i]), 0))) return VNULL;
    return gp_structseq_new(t, &posix_uname_result_type, items);
}

static Value m_umask(ARGS) {
    (void)self;
    int mask;
    if (gp_check_no_kw(t, "posix.umask", kw) < 0 || gp_check_nargs(t, "umask", nargs, 1, 1) < 0 ||
        posix_int_arg(t, args[0], &mask) < 0)
        return VNULL;
    return v_from_small(umask((mode_t)mask));
}

/* ---- small helpers */

static Value m_strerror(ARGS) {
    (void)self;
    int code;
    if (gp_check_no_kw(t, "posix.strerror", kw) < 0 || gp_check_nargs(t, "strerror", nargs, 1, 1) < 0 ||
        posix_int_arg(t, args[0], &code) < 0)
        return VNULL;
    char buf[128];
    const char *s = strerror_r(code, buf, sizeof buf);
    return gp_str_decode_utf8(t, s, strlen(s), "surrogateescape");
}

static Value m_urandom(ARGS) {
    (void)self;
    int64_t n;
    if (gp_check_no_kw(t, "posix.urandom", kw) < 0 || gp_check_nargs(t, "urandom", nargs, 1, 1) < 0 ||
        posix_i64_arg(t, args[0], &n, "ssize_t") < 0)
        return VNULL;
    if (n < 0) return gp_raise(t, &gp_ValueError, "negative argument not allowed");
    Value b = gp_bytes_new(t, NULL, (size_t)n);
    if (!b || gp_urandom(t, gp_bytes_obj(b)->data, (size_t)n) < 0) return VNULL;
    return b;
}

static Value m_cpu_count(ARGS) {
    (void)self, (void)args;
    if (no_args(t, "posix.cpu_count", nargs, kw) < 0) return VNULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? v_from_small(n) : V_NONE;
}

static Value m_fspath(ARGS) {
    (void)self;
    static const char *const names[] = {"path"};
    static const GpArgSpec spec = {"fspath", names, 1, 1, 0, 1};
    Value a[1];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    return fspath(t, a[0]);
}

static Value m_get_terminal_size(ARGS) {
    (void)self;
    int fd = STDOUT_FILENO;
    if (gp_check_no_kw(t, "posix.get_terminal_size", kw) < 0 ||
        gp_check_nargs(t, "get_terminal_size", nargs, 0, 1) < 0 || (nargs && posix_int_arg(t, args[0], &fd) < 0))
        return VNULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return gp_raise_errno(t, errno, VNULL);
    Value items[2] = {v_from_small(w.ws_col), v_from_small(w.ws_row)};
    return gp_structseq_new(t, &posix_terminal_size_type, items);
}

/* ---- the environment */

static Value m_putenv(ARGS) {
    (void)self;
    Value k1, k2;
    if (gp_check_no_kw(t, "posix.putenv", kw) < 0 || gp_check_nargs(t, "putenv", nargs, 2, 2) < 0) return VNULL;
    const char *name = posix_fs_bytes(t, args[0], &k1), *value = name ? posix_fs_bytes(t, args[1], &k2) : NULL;
    if (!value) return VNULL;
    if (strchr(name, '=')) return gp_raise(t, &gp_ValueError, "illegal environment variable name");
    if (setenv(name, value, 1) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

static Value m_unsetenv(ARGS) {
    (void)self;
    Value k;
    if (gp_check_no_kw(t, "posix.unsetenv", kw) < 0 || gp_check_nargs(t, "unsetenv", nargs, 1, 1) < 0) return VNULL;
    const char *name = posix_fs_bytes(t, args[0], &k);
    if (!name) return VNULL;
    if (unsetenv(name) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

/* posix.environ: a dict of bytes to bytes, read once at import (os.py
 * decodes it into os.environ); as in CPython, later putenv calls do not
 * change it. */
int posix_add_environ(GpThread *t, Value module) {
    extern char **environ;
    Value d = gp_dict_new(t);
    if (!d) return -1;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Value k = gp_bytes_new(t, *e, (size_t)(eq - *e));
        Value v = k ? gp_bytes_new(t, eq + 1, strlen(eq + 1)) : VNULL;
        if (!v) return -1;
        /* The first definition wins, as in CPython. */
        Value old;
        int found = gp_dict_lookup(t, d, k, &old);
        if (found < 0 || (!found && gp_dict_set(t, d, k, v) < 0)) return -1;
    }
    return gp_module_add(t, module, "environ", d);
}

const GpMethodDef posix_proc_methods[] = {
    {"getpid", m_getpid, 0},
    {"getppid", m_getppid, 0},
    {"getuid", m_getuid, 0},
    {"geteuid", m_geteuid, 0},
    {"getgid", m_getgid, 0},
    {"getegid", m_getegid, 0},
    {"getpgrp", m_getpgrp, 0},
    {"kill", m_kill, 0},
    {"_exit", m_exit, 0},
    {"system", m_system, 0},
    {"times", m_times, 0},
    {"uname", m_uname, 0},
    {"umask", m_umask, 0},
    {"strerror", m_strerror, 0},
    {"urandom", m_urandom, 0},
    {"cpu_count", m_cpu_count, 0},
    {"fspath", m_fspath, 0},
    {"get_terminal_size", m_get_terminal_size, 0},
    {"putenv", m_putenv, 0},
    {"unsetenv", m_unsetenv, 0},
    {NULL, NULL, 0},
};
