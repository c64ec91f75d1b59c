/* file_open.c - open() and the standard streams.
 *
 * open() validates its arguments in CPython's order (the mode string,
 * then binary-mode restrictions, then opening the file, then what
 * TextIOWrapper checks: newline and encoding), so the same call fails
 * with the same message and leaves the same files behind.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes.h"
#include "exc.h"
#include "file_impl.h"
#include "int.h"
#include "tuple.h"
#include "type.h"

typedef struct Mode {
    int creating, reading, writing, appending, updating, text, binary;
} Mode;

static int parse_mode(GpThread *t, Value mode_v, Mode *m) {
    const char *mode = gp_str_data(mode_v);
    memset(m, 0, sizeof *m);
    for (const char *p = mode; *p; p++) {
        int *flag;
        switch (*p) {
        case 'x': flag = &m->creating; break;
        case 'r': flag = &m->reading; break;
        case 'w': flag = &m->writing; break;
        case 'a': flag = &m->appending; break;
        case '+': flag = &m->updating; break;
        case 't': flag = &m->text; break;
        case 'b': flag = &m->binary; break;
        default: flag = NULL; break;
        }
        if (!flag || *flag) return gp_raise_i(t, &gp_ValueError, "invalid mode: '%s'", mode);
        *flag = 1;
    }
    if (strlen(mode) != gp_str_nbytes(mode_v)) return gp_raise_i(t, &gp_ValueError, "invalid mode: '%s'", mode);
    if (m->text && m->binary) return gp_raise_i(t, &gp_ValueError, "can't have text and binary mode at once");
    if (m->creating + m->reading + m->writing + m->appending > 1)
        return gp_raise_i(t, &gp_ValueError, "must have exactly one of create/read/write/append mode");
    return 0;
}

static int optional_str(GpThread *t, Value v, const char *what) {
    if (!v || v == V_NONE || gp_is_str(v)) return 0;
    return gp_raise_i(t, &gp_TypeError, "open() argument '%s' must be str or None, not %T", what, v);
}

static int newline_mode(GpThread *t, Value v) {
    if (!v || v == V_NONE) return NL_UNIVERSAL;
    const char *s = gp_str_data(v);
    size_t n = gp_str_nbytes(v);
    if (n == 0) return NL_ANY;
    if (n == 1 && s[0] == '\n') return NL_LF;
    if (n == 1 && s[0] == '\r') return NL_CR;
    if (n == 2 && s[0] == '\r' && s[1] == '\n') return NL_CRLF;
    return gp_raise_i(t, &gp_ValueError, "illegal newline value: %U", v);
}

/* The path of a str, bytes or os.PathLike argument; NULL with TypeError
 * or ValueError set. *name receives the path object. */
static const char *path_of(GpThread *t, Value file, Value *name) {
    Value p = file;
    if (!gp_is_str(p) && !gp_is_bytes(p)) {
        Value fspath = gp_type_lookup_cstr(v_type(p), "__fspath__");
        if (!fspath) {
            gp_raise(t, &gp_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
            return NULL;
        }
        p = gp_call_method(t, file, "__fspath__", NULL, 0);
        if (!p) return NULL;
        if (!gp_is_str(p) && !gp_is_bytes(p)) {
            gp_raise(t, &gp_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", file, p);
            return NULL;
        }
    }
    const char *s = gp_is_str(p) ? gp_str_data(p) : (const char *)gp_bytes_obj(p)->data;
    size_t n = gp_is_str(p) ? gp_str_nbytes(p) : gp_bytes_obj(p)->n;
    if (strlen(s) != n) {
        gp_raise(t, &gp_ValueError, "embedded null byte");
        return NULL;
    }
    *name = p;
    return s;
}

/* FileIO's mode string, which the binary types show. */
static const char *raw_mode(const Mode *m) {
    if (m->creating) return m->updating ? "xb+" : "xb";
    if (m->appending) return m->updating ? "ab+" : "ab";
    if (m->reading) return m->updating ? "rb+" : "rb";
    return m->updating ? "rb+" : "wb";
}

static int call_opener(GpThread *t, Value opener, Value name, int flags) {
    Value r = gp_call2(t, opener, name, v_from_small(flags));
    if (!r) return -1;
    int64_t fd;
    if (!gp_is_int(r)) return gp_raise_i(t, &gp_TypeError, "expected integer from opener");
    if (gp_int_as_i64(t, r, &fd) < 0) return -1;
    if (fd < 0) return gp_raise_i(t, &gp_ValueError, "opener returned %lld", (long long)fd);
    return (int)fd;
}

enum { A_FILE, A_MODE, A_BUFFERING, A_ENCODING, A_ERRORS, A_NEWLINE, A_CLOSEFD, A_OPENER, A_COUNT };

Value gp_open(GpThread *t, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    static const GpArgSpec spec = {"open", names, A_COUNT, A_COUNT, 0, 1};
    for (size_t i = 0; kwnames && i < gp_tuple_len(kwnames); i++) {
        Value k = gp_tuple_items(kwnames)[i];
        int known = 0;
        for (int j = 0; j < A_COUNT; j++) known |= gp_str_eq_cstr(k, names[j]);
        if (!known) return gp_raise(t, &gp_TypeError, "'%U' is an invalid keyword argument for open()", k);
    }
    Value a[A_COUNT];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, a) < 0) return VNULL;
    Value mode_v = a[A_MODE] ? a[A_MODE] : gp_str_from_cstr(t, "r");
    if (!mode_v) return VNULL;
    if (!gp_is_str(mode_v)) return gp_raise(t, &gp_TypeError, "open() argument 'mode' must be str, not %T", mode_v);
    int64_t buffering = -1;
    if (a[A_BUFFERING]) {
        Value b = gp_index(t, a[A_BUFFERING]);
        if (!b || gp_as_ssize(t, b, &buffering) < 0) return VNULL;
    }
    if (optional_str(t, a[A_ENCODING], "encoding") < 0 || optional_str(t, a[A_ERRORS], "errors") < 0 ||
        optional_str(t, a[A_NEWLINE], "newline") < 0)
        return VNULL;
    int closefd = 1;
    if (a[A_CLOSEFD] && (closefd = gp_truthy(t, a[A_CLOSEFD])) < 0) return VNULL;
    Value encoding = a[A_ENCODING] && a[A_ENCODING] != V_NONE ? a[A_ENCODING] : VNULL;
    Value errors = a[A_ERRORS] && a[A_ERRORS] != V_NONE ? a[A_ERRORS] : VNULL;
    Value newline = a[A_NEWLINE] && a[A_NEWLINE] != V_NONE ? a[A_NEWLINE] : VNULL;

    Mode m;
    if (parse_mode(t, mode_v, &m) < 0) return VNULL;
    if (m.binary && encoding) return gp_raise(t, &gp_ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && errors) return gp_raise(t, &gp_ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && newline) return gp_raise(t, &gp_ValueError, "binary mode doesn't take a newline argument");

    Value file = a[A_FILE], name = file;
    int fd = -1;
    const char *path = NULL;
    if (gp_is_int(file)) {
        int64_t n;
        if (gp_int_as_i64(t, file, &n) < 0) return VNULL;
        if (n < 0) return gp_raise(t, &gp_ValueError, "negative file descriptor");
        fd = (int)n;
    } else {
        path = path_of(t, file, &name);
        if (!path) return VNULL;
        if (!closefd) return gp_raise(t, &gp_ValueError, "Cannot use closefd=False with file name");
    }
    if (!m.creating && !m.reading && !m.writing && !m.appending)
        return gp_raise(t, &gp_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    int readable = m.reading || m.updating, writable = !m.reading || m.updating;
    int flags = m.updating ? O_RDWR : m.reading ? O_RDONLY : O_WRONLY;
    if (m.creating) flags |= O_CREAT | O_EXCL;
    if (m.writing) flags |= O_CREAT | O_TRUNC;
    if (m.appending) flags |= O_CREAT | O_APPEND;
    if (path) {
        Value opener = a[A_OPENER];
        fd = opener && opener != V_NONE ? call_opener(t, opener, name, flags | O_CLOEXEC)
                                        : file_os_open(t, path, flags, name);
        if (fd < 0) return VNULL;
    }
    if (m.appending) lseek(fd, 0, SEEK_END);

    /* From here on a failure must close what was opened. */
    int codec = CODEC_UTF8, nl = NL_UNIVERSAL;
    GpType *type;
    if (!m.binary) {
        type = &gp_textio_type;
        if (buffering == 0) {
            gp_raise(t, &gp_ValueError, "can't have unbuffered text I/O");
            goto fail;
        }
        if ((nl = newline_mode(t, newline)) < 0) goto fail;
        if (encoding && (codec = file_codec_lookup(t, encoding)) < 0) goto fail;
    } else {
        type = buffering == 0 ? &gp_fileio_type : m.updating ? &gp_bufferedrandom_type
                                                 : m.reading ? &gp_bufferedreader_type
                                                             : &gp_bufferedwriter_type;
    }
    GpFile *f = file_new(t, type, fd);
    if (!f) goto fail;
    f->name = name;
    f->mode = m.binary ? gp_str_from_cstr(t, raw_mode(&m)) : mode_v;
    if (!f->mode) goto fail;
    f->readable = (uint8_t)readable;
    f->writable = (uint8_t)writable;
    f->appending = (uint8_t)m.appending;
    f->closefd = (uint8_t)closefd;
    if (!m.binary) {
        f->encoding = encoding ? encoding : gp_str_from_cstr(t, "utf-8");
        f->errors = errors ? errors : gp_str_from_cstr(t, "strict");
        if (!f->encoding || !f->errors) goto fail;
        f->codec = (uint8_t)codec;
        f->newline = (uint8_t)nl;
        f->line_buffering = buffering == 1;
    }
    return v_from_obj(f);
fail:
    if (closefd) close(fd);
    return VNULL;
}

void gp_file_set_unbuffered(Value file) {
    GpFile *f = (GpFile *)v_obj(file);
    if (f->writable) f->wbuffering = WB_NONE;
}

Value gp_file_from_fd(GpThread *t, int fd, const char *mode, const char *name, int line_buffered) {
    int binary = strchr(mode, 'b') != NULL, plus = strchr(mode, '+') != NULL;
    int readable = mode[0] == 'r' || plus, writable = mode[0] != 'r' || plus;
    GpType *type = !binary ? &gp_textio_type : readable && writable ? &gp_bufferedrandom_type
                                           : readable ? &gp_bufferedreader_type
                                                      : &gp_bufferedwriter_type;
    GpFile *f = file_new(t, type, fd);
    if (!f) return VNULL;
    f->closefd = 0;
    f->readable = (uint8_t)readable;
    f->writable = (uint8_t)writable;
    f->name = gp_str_from_cstr(t, name);
    f->mode = gp_str_from_cstr(t, binary ? (readable && writable ? "rb+" : readable ? "rb" : "wb") : mode);
    if (!f->name || !f->mode) return VNULL;
    if (!binary) {
        f->encoding = gp_str_from_cstr(t, "utf-8");
        f->errors = gp_str_from_cstr(t, fd == 2 ? "backslashreplace" : "surrogateescape");
        if (!f->encoding || !f->errors) return VNULL;
    }
    if (line_buffered < 0) line_buffered = isatty(fd);
    if (writable) {
        f->wbuffering = line_buffered ? WB_LINE : WB_FULL;
        f->line_buffering = (uint8_t)line_buffered;
    }
    return v_from_obj(f);
}
