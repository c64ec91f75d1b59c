/* file.c - the file types and their methods.
 *
 * Every file type shares the GpFile layout and the method bodies below,
 * which dispatch on f->kind; the types only give the names and the
 * attributes Python sees (TextIOWrapper has .encoding, BufferedReader has
 * .peek, ...). The checks each method starts with are in file_check.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes.h"
#include "exc.h"
#include "file_impl.h"
#include "int.h"
#include "list.h"
#include "tuple.h"
#include "type.h"

/* "TextIOWrapper.fileno() takes no arguments (1 given)" */
static int no_args(GpThread *t, Value self, const char *meth, size_t nargs) {
    if (!nargs) return 0;
    const char *tn = v_type(self)->name, *dot = strrchr(tn, '.');
    char name[96];
    snprintf(name, sizeof name, "%s.%s", dot ? dot + 1 : tn, meth);
    return gp_check_nargs(t, name, nargs, 0, 0);
}

/* A size argument: None or absent is -1. */
static int size_arg(GpThread *t, const Value *a, size_t n, int64_t *out) {
    *out = -1;
    if (!n || a[0] == V_NONE) return 0;
    if (!gp_is_int(a[0]))
        return gp_raise_i(t, &gp_TypeError, "argument should be integer or None, not '%s'", v_type(a[0])->name);
    return gp_as_ssize(t, a[0], out);
}

/* ---- the operations by kind, shared by methods, iteration and input() */

Value file_readline(GpThread *t, GpFile *f, int64_t limit) {
    if (file_check_readable(t, f, OP_READLINE) < 0) return VNULL;
    return f->kind == FILE_TEXT ? file_text_readline(t, f, limit) : file_bin_readline(t, f, limit);
}

Value file_write(GpThread *t, GpFile *f, Value data) {
    if (file_check_writable(t, f) < 0) return VNULL;
    return f->kind == FILE_TEXT ? file_text_write(t, f, data) : file_bin_write(t, f, data);
}

/* ---- methods */

static Value m_read(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    int64_t size;
    if (gp_check_nargs(t, "read", n, 0, 1) < 0 || size_arg(t, a, n, &size) < 0) return VNULL;
    if (file_check_readable(t, f, OP_READ) < 0) return VNULL;
    if (f->kind == FILE_TEXT) return file_text_read(t, f, size);
    if (size < -1 && f->kind == FILE_BUFFERED) return gp_raise(t, &gp_ValueError, "read length must be non-negative or -1");
    return file_bin_read(t, f, size, f->kind == FILE_RAW);
}

static Value m_read1(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    int64_t size;
    if (gp_check_nargs(t, "read1", n, 0, 1) < 0 || size_arg(t, a, n, &size) < 0) return VNULL;
    if (file_check_readable(t, f, OP_READ1) < 0) return VNULL;
    if (size < 0) size = FILE_CHUNK;
    return file_bin_read(t, f, size, 1);
}

static Value m_readall(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (no_args(t, self, "readall", n) < 0 || file_check_readable(t, f, OP_READ) < 0) return VNULL;
    return file_bin_read(t, f, -1, 1);
}

static Value m_peek(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (gp_check_nargs(t, "peek", n, 0, 1) < 0 || file_check_readable(t, f, OP_PEEK) < 0) return VNULL;
    if (file_before_read(t, f) < 0) return VNULL;
    if (f->rlen == f->rpos && file_fill(t, f, 0) < 0) return VNULL;
    return gp_bytes_new(t, f->rlen > f->rpos ? f->rbuf + f->rpos : NULL, f->rlen - f->rpos);
}

static Value m_readinto(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    if (gp_check_nargs(t, "readinto", n, 1, 1) < 0 || file_check_readable(t, f, OP_READINTO) < 0) return VNULL;
    return file_bin_readinto(t, f, a[0]);
}

static Value m_readline(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    int64_t limit = -1;
    if (gp_check_nargs(t, "readline", n, 0, 1) < 0) return VNULL;
    if (f->kind == FILE_TEXT && n) {
        Value i = gp_index(t, a[0]);
        if (!i || gp_as_ssize(t, i, &limit) < 0) return VNULL;
    } else if (size_arg(t, a, n, &limit) < 0) {
        return VNULL;
    }
    return file_readline(t, f, limit);
}

static Value m_readlines(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    int64_t hint;
    if (gp_check_nargs(t, "readlines", n, 0, 1) < 0 || size_arg(t, a, n, &hint) < 0) return VNULL;
    if (file_check_closed(t, f, OP_GENERIC) < 0) return VNULL;
    Value list = gp_list_new(t, 0);
    if (!list) return VNULL;
    int64_t total = 0;
    for (;;) {
        Value line = file_readline(t, f, -1);
        if (!line) return VNULL;
        int64_t len = gp_is_str(line) ? (int64_t)gp_str_len(line) : (int64_t)gp_bytes_obj(line)->n;
        if (!len) return list;
        if (gp_list_append(t, list, line) < 0) return VNULL;
        total += len;
        if (hint > 0 && total > hint) return list;
    }
}

static Value m_write(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "write", n, 1, 1) < 0) return VNULL;
    return file_write(t, file_obj(self), a[0]);
}

static Value m_writelines(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    if (gp_check_nargs(t, "writelines", n, 1, 1) < 0 || file_check_closed(t, f, OP_GENERIC) < 0) return VNULL;
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? VNULL : V_NONE;
        if (!file_write(t, f, x)) return VNULL;
    }
}

static Value m_seek(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    int64_t whence = 0;
    if (gp_check_nargs(t, "seek", n, 1, 2) < 0) return VNULL;
    if (n > 1) {
        Value w = gp_index(t, a[1]);
        if (!w || gp_as_ssize(t, w, &whence) < 0) return VNULL;
    }
    if (file_check_closed(t, f, OP_SEEK) < 0) return VNULL;
    if (f->kind == FILE_TEXT) return file_text_seek(t, f, a[0], (int)whence);
    return file_bin_seek(t, f, a[0], (int)whence);
}

static Value m_tell(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (no_args(t, self, "tell", n) < 0 || file_check_closed(t, f, OP_TELL) < 0) return VNULL;
    if (f->kind == FILE_TEXT && !file_is_seekable(t, f)) return file_unsupported(t, "underlying stream is not seekable");
    int64_t pos = file_tell(t, f);
    return pos < 0 ? VNULL : gp_int_from_i64(t, pos);
}

static Value m_truncate(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    GpFile *f = file_obj(self);
    if (gp_check_nargs(t, "truncate", n, 0, 1) < 0 || file_check_closed(t, f, OP_TRUNCATE) < 0) return VNULL;
    if (!f->writable) return file_unsupported(t, f->kind == FILE_RAW ? "File not open for writing" : "truncate");
    int64_t size;
    if (n && a[0] != V_NONE) {
        Value i = gp_index(t, a[0]);
        if (!i || gp_as_ssize(t, i, &size) < 0) return VNULL;
    } else {
        if (file_flush_wbuf(t, f) < 0) return VNULL;
        size = file_tell(t, f);
        if (size < 0) return VNULL;
    }
    if (file_truncate(t, f, size) < 0) return VNULL;
    return gp_int_from_i64(t, size);
}

static Value m_flush(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (no_args(t, self, "flush", n) < 0 || file_check_closed(t, f, OP_FLUSH) < 0) return VNULL;
    return file_flush_wbuf(t, f) < 0 ? VNULL : V_NONE;
}

static Value m_close(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    if (no_args(t, self, "close", n) < 0) return VNULL;
    return file_close(t, file_obj(self)) < 0 ? VNULL : V_NONE;
}

static Value m_fileno(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (no_args(t, self, "fileno", n) < 0 || file_check_closed(t, f, OP_QUERY) < 0) return VNULL;
    return v_from_small(f->fd);
}

static Value m_isatty(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (no_args(t, self, "isatty", n) < 0 || file_check_closed(t, f, OP_QUERY) < 0) return VNULL;
    return v_bool(isatty(f->fd));
}

/* readable() and writable() of a file without the capability answer
 * False even when closed, as _IOBase's defaults do in CPython. */
static Value capability(GpThread *t, Value self, const char *meth, size_t n, int has) {
    GpFile *f = file_obj(self);
    if (no_args(t, self, meth, n) < 0) return VNULL;
    if (!has && f->kind != FILE_RAW) return V_FALSE;
    if (file_check_closed(t, f, OP_QUERY) < 0) return VNULL;
    return v_bool(has);
}

static Value m_readable(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    return capability(t, self, "readable", n, file_obj(self)->readable);
}

static Value m_writable(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    return capability(t, self, "writable", n, file_obj(self)->writable);
}

static Value m_seekable(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    GpFile *f = file_obj(self);
    if (no_args(t, self, "seekable", n) < 0 || file_check_closed(t, f, OP_QUERY) < 0) return VNULL;
    return v_bool(file_is_seekable(t, f));
}

static Value m_enter(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    if (no_args(t, self, "__enter__", n) < 0 || file_check_closed(t, file_obj(self), OP_GENERIC) < 0) return VNULL;
    return self;
}

static Value m_exit(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    (void)n;
    return file_close(t, file_obj(self)) < 0 ? VNULL : V_NONE;
}

static Value file_iter(GpThread *t, Value self) {
    if (file_check_closed(t, file_obj(self), OP_GENERIC) < 0) return VNULL;
    return self;
}

static Value file_next(GpThread *t, Value self) {
    Value line = file_readline(t, file_obj(self), -1);
    if (!line) return VNULL;
    size_t len = gp_is_str(line) ? gp_str_nbytes(line) : gp_bytes_obj(line)->n;
    return len ? line : VNULL;
}

static Value m_iter(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    if (no_args(t, self, "__iter__", n) < 0) return VNULL;
    return file_iter(t, self);
}

static Value m_next(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    (void)a;
    if (no_args(t, self, "__next__", n) < 0) return VNULL;
    Value line = file_next(t, self);
    if (!line && !t->exc) {
        Value e = gp_exc_new(t, &gp_StopIteration, gp_tuple_empty());
        if (e) gp_exc_restore(t, e);
    }
    return line;
}

/* ---- attributes */

static Value get_closed(GpThread *t, Value self) {
    (void)t;
    return v_bool(file_obj(self)->closed);
}
static Value get_name(GpThread *t, Value self) {
    (void)t;
    return file_obj(self)->name;
}
static Value get_mode(GpThread *t, Value self) {
    (void)t;
    return file_obj(self)->mode;
}
static Value get_encoding(GpThread *t, Value self) {
    (void)t;
    return file_obj(self)->encoding;
}
static Value get_errors(GpThread *t, Value self) {
    (void)t;
    return file_obj(self)->errors;
}
static Value get_newlines(GpThread *t, Value self) { return file_text_newlines(t, file_obj(self)); }
static Value get_line_buffering(GpThread *t, Value self) {
    (void)t;
    return v_bool(file_obj(self)->line_buffering);
}
static Value get_buffer(GpThread *t, Value self) { return file_text_buffer(t, file_obj(self)); }
static Value get_closefd(GpThread *t, Value self) {
    (void)t;
    return v_bool(file_obj(self)->closefd);
}

/* ---- slots */

static Value file_repr(GpThread *t, Value self) {
    GpFile *f = file_obj(self);
    const char *tn = v_type(self)->name;
    if (f->kind == FILE_RAW) {
        if (f->closed) return gp_format(t, "<%s [closed]>", tn);
        return gp_format(t, "<%s name=%R mode=%R closefd=%s>", tn, f->name, f->mode, f->closefd ? "True" : "False");
    }
    if (f->kind == FILE_TEXT) return gp_format(t, "<%s name=%R mode=%R encoding=%R>", tn, f->name, f->mode, f->encoding);
    return gp_format(t, "<%s name=%R>", tn, f->name);
}

static void file_trace(GpGc *gc, GpObj *self) {
    GpFile *f = (GpFile *)self;
    gc_mark(gc, f->dict);
    gc_mark(gc, f->name);
    gc_mark(gc, f->mode);
    gc_mark(gc, f->encoding);
    gc_mark(gc, f->errors);
    gc_mark(gc, f->peer);
}

/* A file nobody closed: write what is pending and close the descriptor,
 * as CPython's finalizer does. Nothing here may allocate or raise. */
static void file_finalize(GpInterp *in, GpObj *self) {
    GpFile *f = (GpFile *)self;
    if (!f->closed && f->fd >= 0) {
        size_t done = 0;
        while (done < f->wlen) {
            ssize_t w = write(f->fd, f->wbuf + done, f->wlen - done);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) break;
            done += (size_t)w;
        }
        if (f->closefd) close(f->fd);
    }
    f->fd = -1;
    f->closed = 1;
    file_free_buffers(in, f);
}

static Value file_no_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return gp_raise(t, &gp_TypeError, "cannot create '%s' instances", ((GpType *)v_obj(callable))->name);
}

GpFile *file_new(GpThread *t, GpType *type, int fd) {
    GpFile *f = gp_alloc(t, type, sizeof(GpFile));
    if (!f) return NULL;
    f->fd = fd;
    f->seekable = -1;
    f->closefd = 1;
    f->kind = type == &gp_textio_type ? FILE_TEXT : type == &gp_fileio_type ? FILE_RAW : FILE_BUFFERED;
    return f;
}

Value file_text_buffer(GpThread *t, GpFile *f) {
    if (f->peer) return f->peer;
    GpType *type = f->readable && f->writable ? &gp_bufferedrandom_type
                   : f->readable                ? &gp_bufferedreader_type
                                                : &gp_bufferedwriter_type;
    GpFile *b = file_new(t, type, f->fd);
    if (!b) return VNULL;
    const char *m = f->appending ? (f->readable ? "ab+" : "ab")
                    : f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb";
    b->mode = gp_str_from_cstr(t, m);
    if (!b->mode) return VNULL;
    b->name = f->name;
    b->readable = f->readable;
    b->writable = f->writable;
    b->appending = f->appending;
    b->closefd = 0;
    b->closed = f->closed;
    if (f->closed) b->fd = -1;
    b->peer = v_from_obj(f);
    f->peer = v_from_obj(b);
    return f->peer;
}

/* ---- the types */

static const GpMethodDef iobase_methods[] = {
    {"read", m_read, GP_METH_NOKW},
    {"readline", m_readline, GP_METH_NOKW},
    {"readlines", m_readlines, GP_METH_NOKW},
    {"write", m_write, GP_METH_NOKW},
    {"writelines", m_writelines, GP_METH_NOKW},
    {"seek", m_seek, GP_METH_NOKW},
    {"tell", m_tell, GP_METH_NOKW},
    {"truncate", m_truncate, GP_METH_NOKW},
    {"flush", m_flush, GP_METH_NOKW},
    {"close", m_close, GP_METH_NOKW},
    {"fileno", m_fileno, GP_METH_NOKW},
    {"isatty", m_isatty, GP_METH_NOKW},
    {"readable", m_readable, GP_METH_NOKW},
    {"writable", m_writable, GP_METH_NOKW},
    {"seekable", m_seekable, GP_METH_NOKW},
    {"__enter__", m_enter, GP_METH_NOKW},
    {"__exit__", m_exit, GP_METH_NOKW},
    {"__iter__", m_iter, GP_METH_NOKW},
    {"__next__", m_next, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static const GpGetSetDef iobase_getsets[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {NULL, NULL, NULL},
};

static const GpGetSetDef textio_getsets[] = {
    {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL},
    {"newlines", get_newlines, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {"buffer", get_buffer, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef buffered_methods[] = {
    {"read1", m_read1, GP_METH_NOKW},
    {"readinto", m_readinto, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static const GpMethodDef reader_methods[] = {
    {"peek", m_peek, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static const GpMethodDef fileio_methods[] = {
    {"readall", m_readall, GP_METH_NOKW},
    {"readinto", m_readinto, GP_METH_NOKW},
    {NULL, NULL, 0},
};

static const GpGetSetDef fileio_getsets[] = {
    {"closefd", get_closefd, NULL},
    {NULL, NULL, NULL},
};

GpType gp_iobase_type = {
    .hdr = {&gp_type_type},
    .name = "_io._IOBase",
    .base = &gp_object_type,
    .size = sizeof(GpFile),
    .dict_offset = offsetof(GpFile, dict),
    .repr = file_repr,
    .iter = file_iter,
    .next = file_next,
    .new_ = file_no_new,
    .trace = file_trace,
    .finalize = file_finalize,
    .methods = iobase_methods,
    .getsets = iobase_getsets,
};

GpType gp_textio_type = {
    .hdr = {&gp_type_type},
    .name = "_io.TextIOWrapper",
    .base = &gp_iobase_type,
    .getsets = textio_getsets,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
};

GpType gp_bufferedio_type = {
    .hdr = {&gp_type_type},
    .name = "_io._BufferedIOBase",
    .base = &gp_iobase_type,
    .methods = buffered_methods,
};

GpType gp_bufferedreader_type = {
    .hdr = {&gp_type_type},
    .name = "_io.BufferedReader",
    .base = &gp_bufferedio_type,
    .methods = reader_methods,
};

GpType gp_bufferedwriter_type = {
    .hdr = {&gp_type_type},
    .name = "_io.BufferedWriter",
    .base = &gp_bufferedio_type,
};

GpType gp_bufferedrandom_type = {
    .hdr = {&gp_type_type},
    .name = "_io.BufferedRandom",
    .base = &gp_bufferedio_type,
    .methods = reader_methods,
};

GpType gp_fileio_type = {
    .hdr = {&gp_type_type},
    .name = "_io.FileIO",
    .base = &gp_iobase_type,
    .methods = fileio_methods,
    .getsets = fileio_getsets,
};

GpType gp_UnsupportedOperation = {
    .hdr = {&gp_type_type},
    .name = "io.UnsupportedOperation",
    .base = &gp_OSError,
    .base2 = &gp_ValueError,
    .flags = GP_TF_BASETYPE | GP_TF_EXC_SUB,
};

GP_REGISTER_TYPE(gp_iobase_type);
GP_REGISTER_TYPE(gp_textio_type);
GP_REGISTER_TYPE(gp_bufferedio_type);
GP_REGISTER_TYPE(gp_bufferedreader_type);
GP_REGISTER_TYPE(gp_bufferedwriter_type);
GP_REGISTER_TYPE(gp_bufferedrandom_type);
GP_REGISTER_TYPE(gp_fileio_type);
GP_REGISTER_TYPE(gp_UnsupportedOperation);
