/* posix_impl.h - the parts of the posix module (lib/os.py's core), shared
 * by src/mod/posix*.c.
 *
 * Paths: every path argument goes through posix_path_arg, CPython's
 * path_converter: str, bytes or an os.PathLike (whose __fspath__ gives
 * one of those), optionally None or a file descriptor. A str is encoded
 * as UTF-8 with surrogateescape (the file system encoding), so names that
 * are not UTF-8 survive a listdir/open round trip. Results that are
 * names have the type of the path given: bytes in, bytes out.
 *
 * System calls that may wait (open, read, write, stat on a network file
 * system, ...) run with the GIL released through POSIX_CALL; the path
 * bytes they read belong to an immutable str or bytes that the caller's
 * stack keeps alive, so reading them without the GIL is safe.
 */
#ifndef GP_POSIX_IMPL_H
#define GP_POSIX_IMPL_H

#include <errno.h>
#include <stdint.h>

#include "../obj/object.h"
#include "../vm/blocking.h"
#include "structseq.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

typedef struct PathArg {
    const char *fname;   /* the function, for messages ("stat") */
    const char *argname; /* the parameter ("path", "src") */
    int nullable;        /* None means "no path" (listdir: ".") */
    int allow_fd;        /* an int is an open file descriptor */
    /* results */
    Value object;        /* what OSError shows as filename: the str or bytes
                            after __fspath__, or the int fd */
    Value encoded;       /* keeps narrow alive when it was encoded */
    const char *narrow;  /* NUL-terminated, NULL for None or an fd */
    int fd;              /* the descriptor, or -1 */
    int is_bytes;        /* the path was bytes: return names as bytes */
} PathArg;

/* Convert v (VNULL: the parameter was not given, same as None). */
int posix_path_arg(GpThread *t, Value v, PathArg *p);
/* OSError from errno with the path as filename; VNULL. */
Value posix_path_error(GpThread *t, int err, const PathArg *p);
/* A name as the path's type: bytes if is_bytes, else str decoded with
 * surrogateescape. */
Value posix_name(GpThread *t, const char *s, size_t n, int is_bytes);

/* An int argument as a C int (fds, modes, flags): TypeError for
 * non-ints, OverflowError beyond int. */
int posix_int_arg(GpThread *t, Value v, int *out);
/* An int argument as int64, OverflowError naming the C type CPython
 * converts to ("ssize_t", "long") beyond. */
int posix_i64_arg(GpThread *t, Value v, int64_t *out, const char *ctype);
/* A dir_fd argument: None or absent means AT_FDCWD. */
int posix_dir_fd_arg(GpThread *t, Value v, int *out);
/* A boolean keyword argument (absent: dflt). */
int posix_bool_arg(GpThread *t, Value v, int dflt);

/* Run `call` with the GIL released and store its result in `ret`; retry
 * on EINTR after running signal handlers (PEP 475). Afterwards, when
 * ret < 0: `err` is the errno to raise, or 0 if a signal handler raised.
 * A statement macro, as MicroPython's MP_HAL_RETRY_SYSCALL. */
#define POSIX_CALL(t, ret, err, call)                                                              \
    for (;;) {                                                                                     \
        gp_blocking_begin(t);                                                                      \
        (ret) = (call);                                                                            \
        (err) = errno;                                                                             \
        gp_blocking_end(t);                                                                        \
        if ((ret) >= 0 || (err) != EINTR) break;                                                   \
        if (gp_blocking_eintr(t) < 0) {                                                            \
            (err) = 0;                                                                             \
            break;                                                                                 \
        }                                                                                          \
    }

/* stat_result for a struct stat (posix_fs.c). */
struct stat;
Value posix_stat_result(GpThread *t, const struct stat *st);
extern GpStructSeqType posix_stat_result_type, posix_terminal_size_type, posix_times_result_type,
    posix_uname_result_type;

/* PyUnicode_FSConverter: a path-like value as NUL-free bytes; *keep
 * holds the object that owns the returned characters. */
const char *posix_fs_bytes(GpThread *t, Value v, Value *keep);

/* The functions of each part, for the module's method table. */
extern const GpMethodDef posix_fd_methods[], posix_fs_methods[], posix_proc_methods[], posix_wait_methods[],
    posix_spawn_methods[];
int posix_add_environ(GpThread *t, Value module);

#endif
