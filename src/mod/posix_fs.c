/* posix_fs.c - the posix module's file system calls: stat and its
 * stat_result, the current directory, listdir, and making, removing and
 * renaming files and directories.
 *
 * Every call that takes a dir_fd uses the *at() form of the system call
 * with AT_FDCWD by default, so relative paths behave the same either way.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "posix_impl.h"

/* ---- stat_result */

/* Slots: 7 named ints, the integer times (unnamed, items 7-9), then the
 * float times, the times in nanoseconds, st_blksize, st_blocks, st_rdev. */
enum { SR_VISIBLE = 10, SR_SLOTS = 19 };

static const GpGetSetDef stat_fields[] = {
    {"st_mode", GP_SQ(0), NULL},      {"st_ino", GP_SQ(1), NULL},       {"st_dev", GP_SQ(2), NULL},
    {"st_nlink", GP_SQ(3), NULL},     {"st_uid", GP_SQ(4), NULL},       {"st_gid", GP_SQ(5), NULL},
    {"st_size", GP_SQ(6), NULL},      {"st_atime", GP_SQ(10), NULL},    {"st_mtime", GP_SQ(11), NULL},
    {"st_ctime", GP_SQ(12), NULL},    {"st_atime_ns", GP_SQ(13), NULL}, {"st_mtime_ns", GP_SQ(14), NULL},
    {"st_ctime_ns", GP_SQ(15), NULL}, {"st_blksize", GP_SQ(16), NULL},  {"st_blocks", GP_SQ(17), NULL},
    {"st_rdev", GP_SQ(18), NULL},     {NULL, NULL, NULL},
};

/* os.stat_result(seq): float times left out (None) are taken from the
 * integer ones, as CPython's statresult_new does. */
static Value stat_result_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    Value r = gp_structseq_type_new(t, callable, args, nargs, kw);
    if (!r) return VNULL;
    Value *items = gp_tuple_items(r);
    for (int i = 0; i < 3; i++)
        if (items[10 + i] == V_NONE) items[10 + i] = items[7 + i];
    return r;
}

GpStructSeqType posix_stat_result_type = {
    {
        .hdr = {&gp_type_type},
        .name = "os.stat_result",
        .base = &gp_tuple_type,
        .getsets = stat_fields,
        .repr = gp_structseq_repr,
        .trace = gp_structseq_trace,
        .new_ = stat_result_new,
        .doc = "stat_result: Result from stat, fstat, or lstat.",
    },
    SR_VISIBLE,
    3,
};
GP_REGISTER_STRUCTSEQ(posix_stat_result_type);

/* Seconds and nanoseconds as CPython's fill_time: an int, a float
 * (sec + nsec * 1e-9) and an int of nanoseconds. */
static int fill_time(GpThread *t, Value *items, int i, struct timespec ts) {
    items[7 + i] = gp_int_from_i64(t, (int64_t)ts.tv_sec);
    items[10 + i] = v_from_float((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
    Value ns = gp_int_binop(t, GP_OP_MUL, items[7 + i], v_from_small(1000000000));
    items[13 + i] = ns ? gp_int_binop(t, GP_OP_ADD, ns, v_from_small(ts.tv_nsec)) : VNULL;
    return items[7 + i] && items[13 + i] ? 0 : -1;
}

Value posix_stat_result(GpThread *t, const struct stat *st) {
    Value items[SR_SLOTS] = {
        v_from_small(st->st_mode),
        gp_int_from_u64(t, (uint64_t)st->st_ino),
        gp_int_from_u64(t, (uint64_t)st->st_dev),
        gp_int_from_u64(t, (uint64_t)st->st_nlink),
        v_from_small(st->st_uid),
        v_from_small(st->st_gid),
        gp_int_from_i64(t, (int64_t)st->st_size),
    };
    for (int i = 0; i < 7; i++)
        if (!items[i]) return VNULL;
    if (fill_time(t, items, 0, st->st_atim) < 0 || fill_time(t, items, 1, st->st_mtim) < 0 ||
        fill_time(t, items, 2, st->st_ctim) < 0)
        return VNULL;
    items[16] = v_from_small(st->st_blksize);
    items[17] = gp_int_from_i64(t, (int64_t)st->st_blocks);
    items[18] = gp_int_from_u64(t, (uint64_t)st->st_rdev);
    if (!items[17] || !items[18]) return VNULL;
    return gp_structseq_new(t, &posix_stat_result_type, items);
}

static Value do_stat(GpThread *t, const char *fname, Value path, Value dir_fd_v, int follow, int allow_fd) {
    PathArg p = {.fname = fname, .argname = "path", .allow_fd = allow_fd};
    int dir_fd, r, err;
    if (posix_path_arg(t, path, &p) < 0 || posix_dir_fd_arg(t, dir_fd_v, &dir_fd) < 0) return VNULL;
    struct stat st;
    POSIX_CALL(t, r, err,
               p.narrow ? fstatat(dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) : fstat(p.fd, &st));
    if (r < 0) return posix_path_error(t, err, &p);
    return posix_stat_result(t, &st);
}

static Value m_stat(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    static const GpArgSpec spec = {"stat", names, 3, 1, 0, 1};
    Value a[3];
    int follow;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || (follow = posix_bool_arg(t, a[2], 1)) < 0) return VNULL;
    return do_stat(t, "stat", a[0], a[1], follow, 1);
}

static Value m_lstat(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "dir_fd"};
    static const GpArgSpec spec = {"lstat", names, 2, 1, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    return do_stat(t, "lstat", a[0], a[1], 0, 0);
}

static Value m_fstat(ARGS) {
    (void)self;
    static const char *const names[] = {"fd"};
    static const GpArgSpec spec = {"fstat", names, 1, 1, 0, 1};
    Value a[1];
    int fd, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_int_arg(t, a[0], &fd) < 0) return VNULL;
    struct stat st;
    POSIX_CALL(t, r, err, fstat(fd, &st));
    if (r < 0) return err ? gp_raise_errno(t, err, VNULL) : VNULL;
    return posix_stat_result(t, &st);
}

/* ---- the current directory */

static Value cwd(GpThread *t, size_t nargs, Value kw, const char *name, int as_bytes) {
    if (gp_check_no_kw(t, name, kw) < 0 || gp_check_nargs(t, name, nargs, 0, 0) < 0) return VNULL;
    char buf[PATH_MAX + 1];
    if (!getcwd(buf, sizeof buf)) return gp_raise_errno(t, errno, VNULL);
    return posix_name(t, buf, strlen(buf), as_bytes);
}

static Value m_getcwd(ARGS) {
    (void)self, (void)args;
    return cwd(t, nargs, kw, "posix.getcwd", 0);
}

static Value m_getcwdb(ARGS) {
    (void)self, (void)args;
    return cwd(t, nargs, kw, "posix.getcwdb", 1);
}

static Value m_chdir(ARGS) {
    (void)self;
    static const char *const names[] = {"path"};
    static const GpArgSpec spec = {"chdir", names, 1, 1, 0, 1};
    Value a[1];
    PathArg p = {.fname = "chdir", .argname = "path", .allow_fd = 1};
    int r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0) return VNULL;
    POSIX_CALL(t, r, err, p.narrow ? chdir(p.narrow) : fchdir(p.fd));
    if (r < 0) return posix_path_error(t, err, &p);
    return V_NONE;
}

/* ---- listdir */

static Value m_listdir(ARGS) {
    (void)self;
    static const char *const names[] = {"path"};
    static const GpArgSpec spec = {"listdir", names, 1, 1, 0, 0};
    Value a[1];
    PathArg p = {.fname = "listdir", .argname = "path", .nullable = 1, .allow_fd = 1};
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0) return VNULL;
    DIR *d;
    int err = 0;
    gp_blocking_begin(t);
    if (p.fd >= 0) {
        /* Read through a duplicate, from the start, leaving fd's own
         * position alone (as CPython does). */
        int fd2 = fcntl(p.fd, F_DUPFD_CLOEXEC, 0);
        d = fd2 < 0 ? NULL : fdopendir(fd2);
        err = errno;
        if (!d && fd2 >= 0) close(fd2);
        if (d) rewinddir(d);
    } else {
        d = opendir(p.narrow ? p.narrow : ".");
        err = errno;
    }
    gp_blocking_end(t);
    if (!d) return posix_path_error(t, err, &p);
    Value list = gp_list_new(t, 0);
    for (struct dirent *e; list && (errno = 0, e = readdir(d));) {
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        Value name = posix_name(t, n, strlen(n), p.is_bytes);
        if (!name || gp_list_append(t, list, name) < 0) list = VNULL;
    }
    err = errno;
    closedir(d);
    if (list && err) return posix_path_error(t, err, &p);
    return list;
}

/* ---- making and removing */

static Value m_mkdir(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd"};
    static const GpArgSpec spec = {"mkdir", names, 3, 2, 0, 1};
    Value a[3];
    PathArg p = {.fname = "mkdir", .argname = "path"};
    int mode = 0777, dir_fd, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        (a[1] && posix_int_arg(t, a[1], &mode) < 0) || posix_dir_fd_arg(t, a[2], &dir_fd) < 0)
        return VNULL;
    POSIX_CALL(t, r, err, mkdirat(dir_fd, p.narrow, (mode_t)mode));
    if (r < 0) return posix_path_error(t, err, &p);
    return V_NONE;
}

/* rmdir, remove and unlink: one path and a dir_fd. */
static Value unlink_like(GpThread *t, const char *fname, const Value *args, size_t nargs, Value kw, int flags) {
    static const char *const names[] = {"path", "dir_fd"};
    GpArgSpec spec = {fname, names, 2, 1, 0, 1};
    Value a[2];
    PathArg p = {.fname = fname, .argname = "path"};
    int dir_fd, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        posix_dir_fd_arg(t, a[1], &dir_fd) < 0)
        return VNULL;
    POSIX_CALL(t, r, err, unlinkat(dir_fd, p.narrow, flags));
    if (r < 0) return posix_path_error(t, err, &p);
    return V_NONE;
}

static Value m_rmdir(ARGS) {
    (void)self;
    return unlink_like(t, "rmdir", args, nargs, kw, AT_REMOVEDIR);
}
static Value m_remove(ARGS) {
    (void)self;
    return unlink_like(t, "remove", args, nargs, kw, 0);
}
static Value m_unlink(ARGS) {
    (void)self;
    return unlink_like(t, "unlink", args, nargs, kw, 0);
}

/* rename and replace are the same call on POSIX (rename(2) replaces). */
static Value rename_like(GpThread *t, const char *fname, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    GpArgSpec spec = {fname, names, 4, 2, 0, 2};
    Value a[4];
    PathArg src = {.fname = fname, .argname = "src"}, dst = {.fname = fname, .argname = "dst"};
    int sfd, dfd, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &src) < 0 ||
        posix_path_arg(t, a[1], &dst) < 0 || posix_dir_fd_arg(t, a[2], &sfd) < 0 ||
        posix_dir_fd_arg(t, a[3], &dfd) < 0)
        return VNULL;
    POSIX_CALL(t, r, err, renameat(sfd, src.narrow, dfd, dst.narrow));
    if (r < 0) return err ? gp_raise_errno2(t, err, src.object, dst.object) : VNULL;
    return V_NONE;
}

static Value m_rename(ARGS) {
    (void)self;
    return rename_like(t, "rename", args, nargs, kw);
}
static Value m_replace(ARGS) {
    (void)self;
    return rename_like(t, "replace", args, nargs, kw);
}

static Value m_link(ARGS) {
    (void)self;
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
    static const GpArgSpec spec = {"link", names, 5, 2, 0, 2};
    Value a[5];
    PathArg src = {.fname = "link", .argname = "src"}, dst = {.fname = "link", .argname = "dst"};
    int sfd, dfd, follow, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &src) < 0 ||
        posix_path_arg(t, a[1], &dst) < 0 || posix_dir_fd_arg(t, a[2], &sfd) < 0 ||
        posix_dir_fd_arg(t, a[3], &dfd) < 0 || (follow = posix_bool_arg(t, a[4], 1)) < 0)
        return VNULL;
    POSIX_CALL(t, r, err, linkat(sfd, src.narrow, dfd, dst.narrow, follow ? AT_SYMLINK_FOLLOW : 0));
    if (r < 0) return err ? gp_raise_errno2(t, err, src.object, dst.object) : VNULL;
    return V_NONE;
}

static Value m_symlink(ARGS) {
    (void)self;
    static const char *const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
    static const GpArgSpec spec = {"symlink", names, 4, 3, 0, 2};
    Value a[4];
    PathArg src = {.fname = "symlink", .argname = "src"}, dst = {.fname = "symlink", .argname = "dst"};
    int dfd, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &src) < 0 ||
        posix_path_arg(t, a[1], &dst) < 0 || posix_dir_fd_arg(t, a[3], &dfd) < 0)
        return VNULL;
    POSIX_CALL(t, r, err, symlinkat(src.narrow, dfd, dst.narrow));
    if (r < 0) return err ? gp_raise_errno2(t, err, src.object, dst.object) : VNULL;
    return V_NONE;
}

static Value m_readlink(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "dir_fd"};
    static const GpArgSpec spec = {"readlink", names, 2, 1, 0, 1};
    Value a[2];
    PathArg p = {.fname = "readlink", .argname = "path"};
    int dir_fd, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        posix_dir_fd_arg(t, a[1], &dir_fd) < 0)
        return VNULL;
    char buf[PATH_MAX + 1];
    ssize_t n;
    POSIX_CALL(t, n, err, readlinkat(dir_fd, p.narrow, buf, sizeof buf));
    if (n < 0) return posix_path_error(t, err, &p);
    return posix_name(t, buf, (size_t)n, p.is_bytes);
}

/* ---- permissions, sizes and times */

static Value m_access(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    static const GpArgSpec spec = {"access", names, 5, 2, 0, 2};
    Value a[5];
    PathArg p = {.fname = "access", .argname = "path"};
    int mode, dir_fd, eff, follow, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        posix_int_arg(t, a[1], &mode) < 0 || posix_dir_fd_arg(t, a[2], &dir_fd) < 0 ||
        (eff = posix_bool_arg(t, a[3], 0)) < 0 || (follow = posix_bool_arg(t, a[4], 1)) < 0)
        return VNULL;
    int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    POSIX_CALL(t, r, err, faccessat(dir_fd, p.narrow, mode, flags));
    if (r < 0 && !err) return VNULL;
    return v_bool(r == 0);
}

static Value m_chmod(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    static const GpArgSpec spec = {"chmod", names, 4, 2, 0, 2};
    Value a[4];
    PathArg p = {.fname = "chmod", .argname = "path", .allow_fd = 1};
    int mode, dir_fd, follow, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        posix_int_arg(t, a[1], &mode) < 0 || posix_dir_fd_arg(t, a[2], &dir_fd) < 0 ||
        (follow = posix_bool_arg(t, a[3], 1)) < 0)
        return VNULL;
    POSIX_CALL(t, r, err,
               p.narrow ? fchmodat(dir_fd, p.narrow, (mode_t)mode, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                        : fchmod(p.fd, (mode_t)mode));
    if (r < 0) return posix_path_error(t, err, &p);
    return V_NONE;
}

static Value m_truncate(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "length"};
    static const GpArgSpec spec = {"truncate", names, 2, 2, 0, 2};
    Value a[2];
    PathArg p = {.fname = "truncate", .argname = "path", .allow_fd = 1};
    int64_t len;
    int r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        posix_i64_arg(t, a[1], &len, "long") < 0)
        return VNULL;
    POSIX_CALL(t, r, err, p.narrow ? truncate(p.narrow, (off_t)len) : ftruncate(p.fd, (off_t)len));
    if (r < 0) return posix_path_error(t, err, &p);
    return V_NONE;
}

/* One utime time: an int or float of seconds, split as CPython rounds
 * (_PyTime_ROUND_FLOOR for the fraction). */
static int utime_part(GpThread *t, Value v, struct timespec *ts) {
    if (gp_is_float(v)) {
        double d = gp_float_value(v), s = floor(d);
        ts->tv_sec = (time_t)s;
        ts->tv_nsec = (long)floor((d - s) * 1e9);
        return 0;
    }
    int64_t s;
    if (!gp_is_int(v)) return gp_raise_i(t, &gp_TypeError, "an integer is required");
    if (posix_i64_arg(t, v, &s, "long") < 0) return -1;
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = 0;
    return 0;
}

static Value m_utime(ARGS) {
    (void)self;
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    static const GpArgSpec spec = {"utime", names, 5, 2, 0, 1};
    Value a[5];
    PathArg p = {.fname = "utime", .argname = "path", .allow_fd = 1};
    int dir_fd, follow, r, err;
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0 || posix_path_arg(t, a[0], &p) < 0 ||
        posix_dir_fd_arg(t, a[3], &dir_fd) < 0 || (follow = posix_bool_arg(t, a[4], 1)) < 0)
        return VNULL;
    Value times = a[1] && a[1] != V_NONE ? a[1] : VNULL;
    if (times && a[2]) return gp_raise(t, &gp_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    struct timespec ts[2], *tsp = NULL;
    if (times) {
        if (!gp_is_tuple(times) || gp_tuple_len(times) != 2)
            return gp_raise(t, &gp_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        if (utime_part(t, gp_tuple_items(times)[0], &ts[0]) < 0 || utime_part(t, gp_tuple_items(times)[1], &ts[1]) < 0)
            return VNULL;
        tsp = ts;
    } else if (a[2]) {
        if (!gp_is_tuple(a[2]) || gp_tuple_len(a[2]) != 2)
            return gp_raise(t, &gp_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (posix_i64_arg(t, gp_tuple_items(a[2])[i], &ns, "long") < 0) return VNULL;
            ts[i].tv_sec = (time_t)(ns >= 0 ? ns / 1000000000 : -((-ns + 999999999) / 1000000000));
            ts[i].tv_nsec = (long)(ns - (int64_t)ts[i].tv_sec * 1000000000);
        }
        tsp = ts;
    }
    POSIX_CALL(t, r, err,
               p.narrow ? utimensat(dir_fd, p.narrow, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW) : futimens(p.fd, tsp));
    if (r < 0) return posix_path_error(t, err, &p);
    return V_NONE;
}

const GpMethodDef posix_fs_methods[] = {
    {"stat", m_stat, 0},       {"lstat", m_lstat, 0},     {"fstat", m_fstat, 0},       {"getcwd", m_getcwd, 0},
    {"getcwdb", m_getcwdb, 0}, {"chdir", m_chdir, 0},     {"listdir", m_listdir, 0},   {"mkdir", m_mkdir, 0},
    {"rmdir", m_rmdir, 0},     {"remove", m_remove, 0},   {"unlink", m_unlink, 0},     {"rename", m_rename, 0},
    {"replace", m_replace, 0}, {"link", m_link, 0},       {"symlink", m_symlink, 0},   {"readlink", m_readlink, 0},
    {"access", m_access, 0},   {"chmod", m_chmod, 0},     {"truncate", m_truncate, 0}, {"utime", m_utime, 0},
    {NULL, NULL, 0},
};
