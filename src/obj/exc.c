/* exc.c - the builtin exception classes. */
#include "exc.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- construction */

Value gp_exc_new(GpThread *t, GpType *type, Value args) {
    Value argv[8];
    size_t n = gp_tuple_len(args);
    if (n <= 8 && type->new_ && type->init) {
        memcpy(argv, gp_tuple_items(args), n * sizeof(Value));
        Value e = type->new_(t, v_from_obj(type), argv, n, VNULL);
        if (!e) return VNULL;
        if (gp_isinstance_type(e, type) && v_type(e)->init(t, e, argv, n, VNULL) < 0) return VNULL;
        return e;
    }
    GpExc *e = gp_alloc(t, type, type->size);
    if (!e) return VNULL;
    e->args = args;
    return v_from_obj(e);
}

Value gp_exc_get_attr(GpThread *t, Value exc, const char *name) {
    (void)t;
    GpExc *e = (GpExc *)v_obj(exc);
    return e->dict ? gp_dict_get_cstr(e->dict, name) : VNULL;
}

int gp_exc_set_attr(GpThread *t, Value exc, const char *name, Value v) {
    GpExc *e = (GpExc *)v_obj(exc);
    if (!e->dict && !(e->dict = gp_dict_new(t))) return -1;
    return gp_dict_set_cstr(t, e->dict, name, v);
}

static Value attr_or_none(GpThread *t, Value exc, const char *name) {
    Value v = gp_exc_get_attr(t, exc, name);
    return v ? v : V_NONE;
}

int gp_exc_add_traceback(GpThread *t, Value exc, Value code, Value globals, uint32_t ip) {
    GpExc *e = (GpExc *)v_obj(exc);
    GpTraceback *tb = gp_alloc(t, &gp_traceback_type, sizeof *tb);
    if (!tb) return -1;
    tb->next = e->traceback;
    tb->code = code;
    tb->globals = globals;
    tb->name = ((GpCode *)v_obj(code))->name;
    tb->ip = ip;
    tb->lineno = gp_code_line((GpCode *)v_obj(code), ip);
    e->traceback = v_from_obj(tb);
    return 0;
}

/* ---- BaseException */

static Value base_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    GpType *type = (GpType *)v_obj(callable);
    GpExc *e = gp_alloc(t, type, type->size);
    if (!e) return VNULL;
    e->args = gp_tuple_from(t, args, nargs);
    if (!e->args) return VNULL;
    return v_from_obj(e);
}

static int base_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (kwnames && gp_tuple_len(kwnames))
        return gp_raise_i(t, &gp_TypeError, "%s() takes no keyword arguments", v_type(self)->name);
    Value a = gp_tuple_from(t, args, nargs);
    if (!a) return -1;
    ((GpExc *)v_obj(self))->args = a;
    return 0;
}

static Value base_str(GpThread *t, Value self) {
    Value args = ((GpExc *)v_obj(self))->args;
    size_t n = args ? gp_tuple_len(args) : 0;
    if (n == 0) return gp_str_from_cstr(t, "");
    if (n == 1) return gp_str(t, gp_tuple_items(args)[0]);
    return gp_str(t, args);
}

static Value base_repr(GpThread *t, Value self) {
    Value args = ((GpExc *)v_obj(self))->args;
    size_t n = args ? gp_tuple_len(args) : 0;
    Value name = v_type(self)->name_obj;
    if (n == 1) return gp_format(t, "%U(%R)", name, gp_tuple_items(args)[0]);
    if (n == 0) return gp_format(t, "%U()", name);
    return gp_format(t, "%U%R", name, args);
}

static void exc_trace(GpGc *gc, GpObj *self) {
    GpExc *e = (GpExc *)self;
    gc_mark(gc, e->dict);
    gc_mark(gc, e->args);
    gc_mark(gc, e->traceback);
    gc_mark(gc, e->cause);
    gc_mark(gc, e->context);
    gc_mark(gc, e->notes);
}

static Value get_args(GpThread *t, Value self) {
    (void)t;
    return ((GpExc *)v_obj(self))->args;
}
static int set_args(GpThread *t, Value self, Value v) {
    if (!v) return gp_raise_i(t, &gp_TypeError, "args may not be deleted");
    Value tup = gp_sequence_tuple(t, v);
    if (!tup) return -1;
    ((GpExc *)v_obj(self))->args = tup;
    return 0;
}
static Value get_tb(GpThread *t, Value self) {
    (void)t;
    Value tb = ((GpExc *)v_obj(self))->traceback;
    return tb ? tb : V_NONE;
}
static int set_tb(GpThread *t, Value self, Value v) {
    if (!v) return gp_raise_i(t, &gp_TypeError, "__traceback__ may not be deleted");
    if (v != V_NONE && !v_is_type(v, &gp_traceback_type))
        return gp_raise_i(t, &gp_TypeError, "__traceback__ must be a traceback or None");
    ((GpExc *)v_obj(self))->traceback = v == V_NONE ? VNULL : v;
    return 0;
}
static Value get_cause(GpThread *t, Value self) {
    (void)t;
    Value c = ((GpExc *)v_obj(self))->cause;
    return c ? c : V_NONE;
}
static int set_cause(GpThread *t, Value self, Value v) {
    if (!v) return gp_raise_i(t, &gp_TypeError, "__cause__ may not be deleted");
    if (v != V_NONE && !gp_isinstance_type(v, &gp_BaseException))
        return gp_raise_i(t, &gp_TypeError, "exception cause must be None or derive from BaseException");
    GpExc *e = (GpExc *)v_obj(self);
    e->cause = v == V_NONE ? VNULL : v;
    e->suppress_context = 1;
    return 0;
}
static Value get_context(GpThread *t, Value self) {
    (void)t;
    Value c = ((GpExc *)v_obj(self))->context;
    return c ? c : V_NONE;
}
static int set_context_attr(GpThread *t, Value self, Value v) {
    if (!v) return gp_raise_i(t, &gp_TypeError, "__context__ may not be deleted");
    if (v != V_NONE && !gp_isinstance_type(v, &gp_BaseException))
        return gp_raise_i(t, &gp_TypeError, "exception context must be None or derive from BaseException");
    ((GpExc *)v_obj(self))->context = v == V_NONE ? VNULL : v;
    return 0;
}
static Value get_suppress(GpThread *t, Value self) {
    (void)t;
    return v_bool(((GpExc *)v_obj(self))->suppress_context);
}
static int set_suppress(GpThread *t, Value self, Value v) {
    int b = v ? gp_truthy(t, v) : 0;
    if (b < 0) return -1;
    ((GpExc *)v_obj(self))->suppress_context = (uint8_t)b;
    return 0;
}
static Value get_dict(GpThread *t, Value self) {
    GpExc *e = (GpExc *)v_obj(self);
    if (!e->dict && !(e->dict = gp_dict_new(t))) return VNULL;
    return e->dict;
}
static Value get_notes(GpThread *t, Value self) {
    GpExc *e = (GpExc *)v_obj(self);
    if (!e->notes) return gp_raise_no_attr(t, self, gp_str_intern_cstr(t, "__notes__"));
    return e->notes;
}

static Value with_traceback(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (gp_check_nargs(t, "with_traceback", nargs, 1, 1) < 0 || gp_check_no_kw(t, "with_traceback", kw) < 0)
        return VNULL;
    if (set_tb(t, self, args[0]) < 0) return VNULL;
    return self;
}

static Value add_note(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (gp_check_nargs(t, "add_note", nargs, 1, 1) < 0 || gp_check_no_kw(t, "add_note", kw) < 0) return VNULL;
    if (!gp_is_str(args[0])) return gp_raise(t, &gp_TypeError, "note must be a str, not '%s'", v_type(args[0])->name);
    GpExc *e = (GpExc *)v_obj(self);
    if (!e->notes && !(e->notes = gp_list_new(t, 1))) return VNULL;
    if (gp_list_append(t, e->notes, args[0]) < 0) return VNULL;
    return V_NONE;
}

static const GpGetSetDef base_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context_attr},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__dict__", get_dict, NULL},
    {"__notes__", get_notes, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef base_methods[] = {
    {"with_traceback", with_traceback, 0},
    {"add_note", add_note, 0},
    {NULL, NULL, 0},
};

GpType gp_BaseException = {
    .hdr = {&gp_type_type},
    .name = "BaseException",
    .base = &gp_object_type,
    .size = sizeof(GpExc),
    .flags = GP_TF_BASETYPE | GP_TF_EXC_SUB,
    .dict_offset = offsetof(GpExc, dict),
    .repr = base_repr,
    .str = base_str,
    .getattr = gp_generic_getattr,
    .setattr = gp_generic_setattr,
    .new_ = base_new,
    .init = base_init,
    .trace = exc_trace,
    .getsets = base_getsets,
    .methods = base_methods,
    .doc = "Common base class for all exceptions",
};

/* ---- subclass behaviour */

static Value keyerror_str(GpThread *t, Value self) {
    Value args = ((GpExc *)v_obj(self))->args;
    if (gp_tuple_len(args) == 1) return gp_repr(t, gp_tuple_items(args)[0]);
    return base_str(t, self);
}

static int stopiteration_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (base_init(t, self, args, nargs, kw) < 0) return -1;
    return gp_exc_set_attr(t, self, "value", nargs ? args[0] : V_NONE);
}

static int systemexit_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (base_init(t, self, args, nargs, kw) < 0) return -1;
    Value code = nargs == 0 ? V_NONE : nargs == 1 ? args[0] : ((GpExc *)v_obj(self))->args;
    return gp_exc_set_attr(t, self, "code", code);
}

/* NameError(name=), AttributeError(name=, obj=), ImportError(name=, path=)
 * accept keyword-only attributes. */
static int kwattrs_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw, const char *const *allowed) {
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    if (base_init(t, self, args, nargs, VNULL) < 0) return -1;
    for (const char *const *a = allowed; *a; a++)
        if (!gp_exc_get_attr(t, self, *a) && gp_exc_set_attr(t, self, *a, V_NONE) < 0) return -1;
    for (size_t i = 0; i < nkw; i++) {
        Value name = gp_tuple_items(kw)[i];
        int ok = 0;
        for (const char *const *a = allowed; *a; a++)
            if (gp_str_eq_cstr(name, *a)) ok = 1;
        if (!ok)
            return gp_raise_i(t, &gp_TypeError, "%s() got an unexpected keyword argument '%U'", v_type(self)->name, name);
        if (gp_exc_set_attr(t, self, gp_str_data(name), args[nargs + i]) < 0) return -1;
    }
    return 0;
}

static int nameerror_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const allowed[] = {"name", NULL};
    return kwattrs_init(t, self, args, nargs, kw, allowed);
}
static int attributeerror_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const allowed[] = {"name", "obj", NULL};
    return kwattrs_init(t, self, args, nargs, kw, allowed);
}
static int importerror_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const allowed[] = {"name", "path", NULL};
    if (kwattrs_init(t, self, args, nargs, kw, allowed) < 0) return -1;
    return gp_exc_set_attr(t, self, "msg", nargs == 1 ? args[0] : V_NONE);
}
static Value importerror_str(GpThread *t, Value self) {
    Value msg = gp_exc_get_attr(t, self, "msg");
    if (msg && msg != V_NONE) return gp_str(t, msg);
    return base_str(t, self);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2
 * or more arguments, args keeps only (errno, strerror) and the rest
 * become attributes; OSError(errno, ...) picks the subclass for errno. */
static GpType *oserror_subclass(int err) {
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &gp_BlockingIOError;
    case ECHILD: return &gp_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &gp_BrokenPipeError;
    case ECONNABORTED: return &gp_ConnectionAbortedError;
    case ECONNREFUSED: return &gp_ConnectionRefusedError;
    case ECONNRESET: return &gp_ConnectionResetError;
    case EEXIST: return &gp_FileExistsError;
    case ENOENT: return &gp_FileNotFoundError;
    case EISDIR: return &gp_IsADirectoryError;
    case ENOTDIR: return &gp_NotADirectoryError;
    case EINTR: return &gp_InterruptedError;
    case EACCES: case EPERM: return &gp_PermissionError;
    case ESRCH: return &gp_ProcessLookupError;
    case ETIMEDOUT: return &gp_TimeoutError;
    default: return NULL;
    }
}

static Value oserror_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    GpType *type = (GpType *)v_obj(callable);
    int64_t err;
    if (type == &gp_OSError && nargs >= 2 && v_is_int(args[0]) && gp_int_to_i64(args[0], &err)) {
        GpType *sub = oserror_subclass((int)err);
        if (sub) type = sub;
    }
    return base_new(t, v_from_obj(type), args, nargs, kw);
}

static int oserror_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    if (kw && gp_tuple_len(kw))
        return gp_raise_i(t, &gp_TypeError, "%s() takes no keyword arguments", v_type(self)->name);
    Value none = V_NONE;
    if (nargs >= 2 && nargs <= 5) {
        if (gp_exc_set_attr(t, self, "errno", args[0]) < 0 || gp_exc_set_attr(t, self, "strerror", args[1]) < 0 ||
            gp_exc_set_attr(t, self, "filename", nargs >= 3 ? args[2] : none) < 0 ||
            gp_exc_set_attr(t, self, "filename2", nargs >= 5 ? args[4] : none) < 0)
            return -1;
        Value a = gp_tuple_from(t, args, 2);
        if (!a) return -1;
        ((GpExc *)v_obj(self))->args = a;
        return 0;
    }
    if (base_init(t, self, args, nargs, VNULL) < 0) return -1;
    if (gp_exc_set_attr(t, self, "errno", none) < 0 || gp_exc_set_attr(t, self, "strerror", none) < 0 ||
        gp_exc_set_attr(t, self, "filename", none) < 0 || gp_exc_set_attr(t, self, "filename2", none) < 0)
        return -1;
    return 0;
}

static Value oserror_str(GpThread *t, Value self) {
    Value err = attr_or_none(t, self, "errno"), msg = attr_or_none(t, self, "strerror");
    Value f1 = attr_or_none(t, self, "filename"), f2 = attr_or_none(t, self, "filename2");
    if (f1 != V_NONE && f2 != V_NONE) return gp_format(t, "[Errno %S] %S: %R -> %R", err, msg, f1, f2);
    if (f1 != V_NONE) return gp_format(t, "[Errno %S] %S: %R", err, msg, f1);
    if (err != V_NONE && msg != V_NONE) return gp_format(t, "[Errno %S] %S", err, msg);
    return base_str(t, self);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static int syntaxerror_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (base_init(t, self, args, nargs, kw) < 0) return -1;
    if (gp_exc_set_attr(t, self, "msg", nargs >= 1 ? args[0] : V_NONE) < 0) return -1;
    Value info = nargs == 2 ? gp_sequence_tuple(t, args[1]) : VNULL;
    if (nargs == 2 && !info) return -1;
    size_t ni = info ? gp_tuple_len(info) : 0;
    if (info && (ni < 4 || ni > 6)) return gp_raise_i(t, &gp_IndexError, "tuple index out of range");
    for (size_t i = 0; i < 6; i++)
        if (gp_exc_set_attr(t, self, names[i], i < ni ? gp_tuple_items(info)[i] : V_NONE) < 0) return -1;
    return gp_exc_set_attr(t, self, "print_file_and_line", V_NONE);
}

static Value syntaxerror_str(GpThread *t, Value self) {
    Value msg = attr_or_none(t, self, "msg"), file = attr_or_none(t, self, "filename");
    Value line = attr_or_none(t, self, "lineno");
    Value m = gp_str(t, msg);
    if (!m) return VNULL;
    Value base = VNULL;
    if (gp_is_str(file)) {
        const char *s = gp_str_data(file);
        const char *slash = strrchr(s, '/');
        base = gp_str_from_cstr(t, slash ? slash + 1 : s);
        if (!base) return VNULL;
    }
    if (base && gp_is_int(line)) return gp_format(t, "%U (%U, line %S)", m, base, line);
    if (base) return gp_format(t, "%U (%U)", m, base);
    if (gp_is_int(line)) return gp_format(t, "%U (line %S)", m, line);
    return m;
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and
 * UnicodeEncodeError(encoding, object, start, end, reason). */
static int unicode_error_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"encoding", "object", "start", "end", "reason"};
    if (base_init(t, self, args, nargs, kw) < 0) return -1;
    if (nargs != 5) return 0;
    for (size_t i = 0; i < 5; i++)
        if (gp_exc_set_attr(t, self, names[i], args[i]) < 0) return -1;
    return 0;
}

static Value unicode_decode_str(GpThread *t, Value self) {
    extern const uint8_t *gp_bytes_like(GpThread * t, Value v, size_t * n, const char *what);
    Value enc = gp_exc_get_attr(t, self, "encoding"), obj = gp_exc_get_attr(t, self, "object");
    Value start = gp_exc_get_attr(t, self, "start"), end = gp_exc_get_attr(t, self, "end");
    Value reason = gp_exc_get_attr(t, self, "reason");
    if (!enc || !obj || !start || !end || !reason) return base_str(t, self);
    int64_t s = 0, e = 0;
    gp_int_to_i64(start, &s);
    gp_int_to_i64(end, &e);
    size_t n = 0;
    const uint8_t *data = gp_bytes_like(t, obj, &n, "object");
    if (!data) {
        gp_exc_clear(t);
        return base_str(t, self);
    }
    if (e == s + 1 && s >= 0 && (size_t)s < n)
        return gp_format(t, "'%U' codec can't decode byte 0x%02x in position %lld: %U", enc, data[s], (long long)s, reason);
    return gp_format(t, "'%U' codec can't decode bytes in position %lld-%lld: %U", enc, (long long)s, (long long)(e - 1),
                     reason);
}

static Value unicode_encode_str(GpThread *t, Value self) {
    Value enc = gp_exc_get_attr(t, self, "encoding"), obj = gp_exc_get_attr(t, self, "object");
    Value start = gp_exc_get_attr(t, self, "start"), end = gp_exc_get_attr(t, self, "end");
    Value reason = gp_exc_get_attr(t, self, "reason");
    if (!enc || !obj || !start || !end || !reason || !gp_is_str(obj)) return base_str(t, self);
    int64_t s = 0, e = 0;
    gp_int_to_i64(start, &s);
    gp_int_to_i64(end, &e);
    if (e == s + 1 && s >= 0 && (size_t)s < gp_str_len(obj)) {
        uint32_t cp = gp_str_char_at(obj, (size_t)s);
        const char *fmt = cp <= 0xff ? "'%U' codec can't encode character '\\x%02x' in position %lld: %U"
                          : cp <= 0xffff ? "'%U' codec can't encode character '\\u%04x' in position %lld: %U"
                                         : "'%U' codec can't encode character '\\U%08x' in position %lld: %U";
        return gp_format(t, fmt, enc, cp, (long long)s, reason);
    }
    return gp_format(t, "'%U' codec can't encode characters in position %lld-%lld: %U", enc, (long long)s,
                     (long long)(e - 1), reason);
}

static Value stopiteration_value(GpThread *t, Value self) { return attr_or_none(t, self, "value"); }
static Value systemexit_code(GpThread *t, Value self) { return attr_or_none(t, self, "code"); }

static const GpGetSetDef stopiteration_getsets[] = {{"value", stopiteration_value, NULL}, {NULL, NULL, NULL}};
static const GpGetSetDef systemexit_getsets[] = {{"code", systemexit_code, NULL}, {NULL, NULL, NULL}};

/* ---- the table of exception types */

#define GP_EXC_DEF(N, B) \
    GpType gp_##N = {.hdr = {&gp_type_type}, .name = #N, .base = &gp_##B, .flags = GP_TF_BASETYPE | GP_TF_EXC_SUB};
GP_EXCEPTIONS(GP_EXC_DEF)
#undef GP_EXC_DEF

#define GP_EXC_REF(name, basename) &gp_##name,
GpType *const gp_exception_types[] = {&gp_BaseException, GP_EXCEPTIONS(GP_EXC_REF)};
#undef GP_EXC_REF
const size_t gp_exception_types_count = sizeof gp_exception_types / sizeof gp_exception_types[0];

void gp_exc_types_prepare(void) {
    gp_KeyError.str = keyerror_str;
    gp_StopIteration.init = stopiteration_init;
    gp_StopIteration.getsets = stopiteration_getsets;
    gp_SystemExit.init = systemexit_init;
    gp_SystemExit.getsets = systemexit_getsets;
    gp_NameError.init = nameerror_init;
    gp_AttributeError.init = attributeerror_init;
    gp_ImportError.init = importerror_init;
    gp_ImportError.str = importerror_str;
    gp_OSError.new_ = oserror_new;
    gp_OSError.init = oserror_init;
    gp_OSError.str = oserror_str;
    gp_SyntaxError.init = syntaxerror_init;
    gp_SyntaxError.str = syntaxerror_str;
    gp_UnicodeDecodeError.init = unicode_error_init;
    gp_UnicodeDecodeError.str = unicode_decode_str;
    gp_UnicodeEncodeError.init = unicode_error_init;
    gp_UnicodeEncodeError.str = unicode_encode_str;
}

/* ---- tracebacks */

static void tb_trace(GpGc *gc, GpObj *self) {
    GpTraceback *tb = (GpTraceback *)self;
    gc_mark(gc, tb->next);
    gc_mark(gc, tb->code);
    gc_mark(gc, tb->globals);
    gc_mark(gc, tb->name);
}

static Value tb_next(GpThread *t, Value self) {
    (void)t;
    Value n = ((GpTraceback *)v_obj(self))->next;
    return n ? n : V_NONE;
}
static Value tb_lineno(GpThread *t, Value self) {
    (void)t;
    return v_from_small(((GpTraceback *)v_obj(self))->lineno);
}
static Value tb_lasti(GpThread *t, Value self) {
    (void)t;
    return v_from_small((int64_t)((GpTraceback *)v_obj(self))->ip * 2);
}

static const GpGetSetDef tb_getsets[] = {
    {"tb_next", tb_next, NULL},
    {"tb_lineno", tb_lineno, NULL},
    {"tb_lasti", tb_lasti, NULL},
    {NULL, NULL, NULL},
};

GpType gp_traceback_type = {
    .hdr = {&gp_type_type},
    .name = "traceback",
    .base = &gp_object_type,
    .size = sizeof(GpTraceback),
    .getattr = gp_generic_getattr,
    .trace = tb_trace,
    .getsets = tb_getsets,
};

GP_REGISTER_TYPE(gp_BaseException);
GP_REGISTER_TYPE(gp_traceback_type);
