/* file_check.c - the checks every file operation starts with, worded as
 * CPython words them for each kind of file.
 *
 * CPython's messages differ by layer: the buffered classes name the
 * operation ("read of closed file", "write to closed file"), the raw and
 * text layers say "I/O operation on closed file" (with a period where the
 * Python-level _IOBase raises it), and a buffered file reports a missing
 * capability before noticing it is closed. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "file_impl.h"

int gp_is_file(Value v) { return v_is_obj(v) && gp_isinstance_type(v, &gp_iobase_type); }

Value file_unsupported(GpThread *t, const char *msg) { return gp_raise(t, &gp_UnsupportedOperation, "%s", msg); }

int file_check_closed(GpThread *t, GpFile *f, int op) {
    if (!f->closed) return 0;
    static const char plain[] = "I/O operation on closed file", dot[] = "I/O operation on closed file.";
    const char *msg = dot;
    if (f->kind == FILE_TEXT) {
        msg = op == OP_QUERY ? plain : dot;
    } else if (f->kind == FILE_RAW) {
        msg = op == OP_GENERIC || op == OP_FLUSH ? dot : plain;
    } else {
        switch (op) {
        case OP_READ:
        case OP_READ1: msg = "read of closed file"; break;
        case OP_READLINE: msg = "readline of closed file"; break;
        case OP_READINTO: msg = "readinto of closed file"; break;
        case OP_PEEK: msg = "peek of closed file"; break;
        case OP_WRITE: msg = "write to closed file"; break;
        case OP_SEEK: msg = "seek of closed file"; break;
        case OP_TRUNCATE: msg = "truncate of closed file"; break;
        case OP_FLUSH: msg = f->writable ? "flush of closed file" : dot; break;
        case OP_TELL:
        case OP_QUERY: msg = plain; break;
        default: break;
        }
    }
    return gp_raise_i(t, &gp_ValueError, "%s", msg);
}

int file_check_readable(GpThread *t, GpFile *f, int op) {
    if (f->kind == FILE_BUFFERED && !f->readable) return file_unsupported(t, op == OP_READ1 ? "read1" : "read"), -1;
    if (file_check_closed(t, f, op) < 0) return -1;
    if (!f->readable)
        return file_unsupported(t, f->kind == FILE_TEXT ? "not readable" : "File not open for reading"), -1;
    return 0;
}

int file_check_writable(GpThread *t, GpFile *f) {
    if (f->kind == FILE_BUFFERED && !f->writable) return file_unsupported(t, "write"), -1;
    if (file_check_closed(t, f, OP_WRITE) < 0) return -1;
    if (!f->writable)
        return file_unsupported(t, f->kind == FILE_TEXT ? "not writable" : "File not open for writing"), -1;
    return 0;
}
