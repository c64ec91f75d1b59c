/* posix_fd.c - the posix module's file descriptor calls: open, read,
 * write, close, lseek, pipe, dup, dup2, isatty, fsync, ftruncate and the
 * inheritable/blocking flags.
 *
 * As in CPython (PEP 446), descriptors the module creates are not
 * inherited by child processes: open and pipe use O_CLOEXEC, dup uses
 * F_DUPFD_CLOEXEC, and dup2 clears FD_CLOEXEC only when asked.
 *
 * read and write go through a malloc'd buffer rather than the bytes
 * object: the call runs without the GIL, when no object may be touched
 * (a bytearray could even be resized by another thread meanwhile).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "posix_impl.h"

static Value raise_err(GpThread *t, int err) { return err ? gp_raise_errno(t, err, VNULL) : VNULL; }

/* A descriptor argument that may also be an object with fileno(), as
 * CPython's fildes converter (fsync). */
static int fildes_arg(GpThread *t, Value v, int *fd) {
    if (!gp_is_int(v)) {
        v = gp_call_method(t, v, "fileno", NULL, 0);
        if (!v) return -1;
        if (!gp_is_int(v)) return gp_raise_i(t, &gp_TypeError, "fileno() returned a non-integer");
    }
    if (posix_int_arg(t, v, fd) < 0) return -1;
    if (*fd < 0)
        return gp_raise_i(t, &gp_ValueError, "file descriptor cannot be a negative integer (%d)", *fd);
    return 0;
}

static Value m_open(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    static const GpArgSpec spec = {"open", names, 4, 3, 0, 2};
    Value a[4];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    PathArg p = {.fname = "open", .argname = "path"};
    int flags, mode = 0777, dir_fd, fd, err;
    if (posix_path_arg(t, a[0], &p) < 0 || posix_int_arg(t, a[1], &flags) < 0 ||
        (a[2] && posix_int_arg(t, a[2], &mode) < 0) || posix_dir_fd_arg(t, a[3], &dir_fd) < 0)
        return VNULL;
    POSIX_CALL(t, fd, err, openat(dir_fd, p.narrow, flags | O_CLOEXEC, mode));
    if (fd < 0) return posix_path_error(t, err, &p);
    return v_from_small(fd);
}

static Value m_close(ARGS) {
    (void)self;
    static const char *const names[] = {"fd"};
    static const GpArgSpec spec = {"close", names, 1, 1, 0, 1};
    Value a[1];
    int fd;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_int_arg(t, a[0], &fd) < 0) return VNULL;
    /* EINTR from close is not retried: the descriptor is gone on Linux
     * either way, and retrying could close one another thread opened. */
    gp_blocking_begin(t);
    int r = close(fd), err = errno;
    gp_blocking_end(t);
    if (r < 0 && err != EINTR) return gp_raise_errno(t, err, VNULL);
    return V_NONE;
}

static Value m_closerange(ARGS) {
    (void)self;
    int lo, hi;
    if (gp_check_no_kw(t, "posix.closerange", kw) < 0 || gp_check_nargs(t, "closerange", nargs, 2, 2) < 0 ||
        posix_int_arg(t, args[0], &lo) < 0 || posix_int_arg(t, args[1], &hi) < 0)
        return VNULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    return V_NONE;
}

static Value m_read(ARGS) {
    (void)self;
    int fd, err = 0;
    int64_t len;
    if (gp_check_no_kw(t, "posix.read", kw) < 0 || gp_check_nargs(t, "read", nargs, 2, 2) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0 || posix_i64_arg(t, args[1], &len, "ssize_t") < 0)
        return VNULL;
    if (len < 0) return gp_raise_errno(t, EINVAL, VNULL);
    char *buf = malloc(len ? (size_t)len : 1);
    if (!buf) return gp_raise_memory(t);
    ssize_t n;
    POSIX_CALL(t, n, err, read(fd, buf, (size_t)len));
    Value r = n < 0 ? raise_err(t, err) : gp_bytes_new(t, buf, (size_t)n);
    free(buf);
    return r;
}

static Value m_write(ARGS) {
    (void)self;
    int fd, err = 0;
    if (gp_check_no_kw(t, "posix.write", kw) < 0 || gp_check_nargs(t, "write", nargs, 2, 2) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0)
        return VNULL;
    size_t len;
    const uint8_t *data = gp_bytes_like(t, args[1], &len, "write");
    if (!data) return VNULL;
    char *buf = malloc(len ? len : 1);
    if (!buf) return gp_raise_memory(t);
    memcpy(buf, data, len);
    ssize_t n;
    POSIX_CALL(t, n, err, write(fd, buf, len));
    free(buf);
    if (n < 0) return raise_err(t, err);
    return v_from_small(n);
}

static Value m_lseek(ARGS) {
    (void)self;
    int fd, how;
    int64_t pos;
    if (gp_check_no_kw(t, "posix.lseek", kw) < 0 || gp_check_nargs(t, "lseek", nargs, 3, 3) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0 || posix_i64_arg(t, args[1], &pos, "long") < 0 ||
        posix_int_arg(t, args[2], &how) < 0)
        return VNULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return gp_int_from_i64(t, (int64_t)r);
}

static Value m_pipe(ARGS) {
    (void)self, (void)args;
    if (gp_check_no_kw(t, "posix.pipe", kw) < 0 || gp_check_nargs(t, "posix.pipe", nargs, 0, 0) < 0) return VNULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return gp_raise_errno(t, errno, VNULL);
    return gp_tuple_pack(t, 2, v_from_small(fds[0]), v_from_small(fds[1]));
}

static Value m_dup(ARGS) {
    (void)self;
    int fd;
    if (gp_check_no_kw(t, "posix.dup", kw) < 0 || gp_check_nargs(t, "dup", nargs, 1, 1) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0)
        return VNULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return v_from_small(r);
}

static Value m_dup2(ARGS) {
    (void)self;
    static const char *const names[] = {"fd", "fd2", "inheritable"};
    static const GpArgSpec spec = {"dup2", names, 3, 3, 0, 2};
    Value a[3];
    int fd, fd2, inheritable;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_int_arg(t, a[0], &fd) < 0 ||
        posix_int_arg(t, a[1], &fd2) < 0 || (inheritable = posix_bool_arg(t, a[2], 1)) < 0)
        return VNULL;
    int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    return v_from_small(r);
}

static Value m_isatty(ARGS) {
    (void)self;
    int fd;
    if (gp_check_no_kw(t, "posix.isatty", kw) < 0 || gp_check_nargs(t, "isatty", nargs, 1, 1) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0)
        return VNULL;
    return v_bool(isatty(fd));
}

static Value m_fsync(ARGS) {
    (void)self;
    static const char *const names[] = {"fd"};
    static const GpArgSpec spec = {"fsync", names, 1, 1, 0, 1};
    Value a[1];
    int fd, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || fildes_arg(t, a[0], &fd) < 0) return VNULL;
    POSIX_CALL(t, r, err, fsync(fd));
    if (r < 0) return raise_err(t, err);
    return V_NONE;
}

static Value m_ftruncate(ARGS) {
    (void)self;
    int fd, r, err;
    int64_t len;
    if (gp_check_no_kw(t, "posix.ftruncate", kw) < 0 || gp_check_nargs(t, "ftruncate", nargs, 2, 2) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0 || posix_i64_arg(t, args[1], &len, "long") < 0)
        return VNULL;
    POSIX_CALL(t, r, err, ftruncate(fd, (off_t)len));
    if (r < 0) return raise_err(t, err);
    return V_NONE;
}

/* get_/set_inheritable and get_/set_blocking: one fcntl flag each. */
static Value get_flag(GpThread *t, const Value *args, size_t nargs, Value kw, const char *name, int getcmd,
                      int bit) {
    int fd;
    if (gp_check_no_kw(t, name, kw) < 0 || gp_check_nargs(t, name + 6, nargs, 1, 1) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0)
        return VNULL;
    int flags = fcntl(fd, getcmd);
    if (flags < 0) return gp_raise_errno(t, errno, VNULL);
    return v_bool(!(flags & bit));
}

static Value set_flag(GpThread *t, const Value *args, size_t nargs, Value kw, const char *name, int getcmd,
                      int setcmd, int bit) {
    int fd, on;
    if (gp_check_no_kw(t, name, kw) < 0 || gp_check_nargs(t, name + 6, nargs, 2, 2) < 0 ||
        posix_int_arg(t, args[0], &fd) < 0 || (on = gp_truthy(t, args[1])) < 0)
        return VNULL;
    int flags = fcntl(fd, getcmd);
    if (flags < 0 || fcntl(fd, setcmd, on ? flags & ~bit : flags | bit) < 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

static Value m_get_inheritable(ARGS) {
    (void)self;
    return get_flag(t, args, nargs, kw, "posix.get_inheritable", F_GETFD, FD_CLOEXEC);
}
static Value m_set_inheritable(ARGS) {
    (void)self;
    return set_flag(t, args, nargs, kw, "posix.set_inheritable", F_GETFD, F_SETFD, FD_CLOEXEC);
}
static Value m_get_blocking(ARGS) {
    (void)self;
    return get_flag(t, args, nargs, kw, "posix.get_blocking", F_GETFL, O_NONBLOCK);
}
static Value m_set_blocking(ARGS) {
    (void)self;
    return set_flag(t, args, nargs, kw, "posix.set_blocking", F_GETFL, F_SETFL, O_NONBLOCK);
}

const GpMethodDef posix_fd_methods[] = {
    {"open", m_open, 0},
    {"close", m_close, 0},
    {"closerange", m_closerange, 0},
    {"read", m_read, 0},
    {"write", m_write, 0},
    {"lseek", m_lseek, 0},
    {"pipe", m_pipe, 0},
    {"dup", m_dup, 0},
    {"dup2", m_dup2, 0},
    {"isatty", m_isatty, 0},
    {"fsync", m_fsync, 0},
    {"ftruncate", m_ftruncate, 0},
    {"get_inheritable", m_get_inheritable, 0},
    {"set_inheritable", m_set_inheritable, 0},
    {"get_blocking", m_get_blocking, 0},
    {"set_blocking", m_set_blocking, 0},
    {NULL, NULL, 0},
};
