/* file_std.c - the C side of files: writing and flushing any file
 * object for print(), the standard streams at exit, and input().
 *
 * A file object of ours is used directly; anything else assigned to
 * sys.stdout & co is driven through its write/flush/readline methods. */
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "file_impl.h"
#include "module.h"

int gp_file_write(GpThread *t, Value file, Value str) {
    if (gp_is_file(file) && file_obj(file)->kind == FILE_TEXT) return file_write(t, file_obj(file), str) ? 0 : -1;
    return gp_call_method(t, file, "write", &str, 1) ? 0 : -1;
}

int gp_file_flush(GpThread *t, Value file) {
    if (gp_is_file(file)) {
        GpFile *f = file_obj(file);
        if (file_check_closed(t, f, OP_FLUSH) < 0) return -1;
        return file_flush_wbuf(t, f);
    }
    return gp_call_method(t, file, "flush", NULL, 0) ? 0 : -1;
}

static Value sys_attr(GpThread *t, const char *name) {
    Value sys = t->interp->sys;
    if (!sys) return VNULL;
    Value v = gp_dict_get_cstr(((GpModule *)v_obj(sys))->dict, name);
    return v == V_NONE ? VNULL : v;
}

/* Flush a stream, ignoring (and clearing) any error. */
static void flush_quietly(GpThread *t, Value stream) {
    if (!stream) return;
    if (gp_is_file(stream) && file_obj(stream)->closed) return;
    if (gp_file_flush(t, stream) < 0) gp_exc_clear(t);
}

void gp_flush_std_streams(GpThread *t) {
    Value pending = gp_exc_fetch(t);
    flush_quietly(t, sys_attr(t, "stdout"));
    flush_quietly(t, sys_attr(t, "stderr"));
    if (pending) gp_exc_restore(t, pending);
}

Value gp_builtin_input(GpThread *t, const Value *args, size_t nargs) {
    if (nargs > 1) return gp_raise(t, &gp_TypeError, "input expected at most 1 argument, got %zu", nargs);
    Value in = sys_attr(t, "stdin"), out = sys_attr(t, "stdout");
    if (!in) return gp_raise(t, &gp_RuntimeError, "input(): lost sys.stdin");
    if (!out) return gp_raise(t, &gp_RuntimeError, "input(): lost sys.stdout");
    flush_quietly(t, sys_attr(t, "stderr"));
    if (nargs) {
        Value prompt = gp_str(t, args[0]);
        if (!prompt || gp_file_write(t, out, prompt) < 0) return VNULL;
    }
    flush_quietly(t, out);
    Value line = gp_is_file(in) ? file_readline(t, file_obj(in), -1) : gp_call_method(t, in, "readline", NULL, 0);
    if (!line) return VNULL;
    if (!gp_is_str(line)) return gp_raise(t, &gp_TypeError, "object.readline() returned non-string");
    size_t n = gp_str_nbytes(line);
    if (!n) return gp_raise(t, &gp_EOFError, "EOF when reading a line");
    if (gp_str_data(line)[n - 1] == '\n') return gp_str_new(t, gp_str_data(line), n - 1);
    return line;
}
