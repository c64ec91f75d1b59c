/* format_percent.c - printf-style formatting: `str % args` and
 * `bytes % args`, with CPython's argument handling and messages; the
 * layout of each conversion is numfmt's (nf_pct_*).
 *
 * One engine serves both: it works on UTF-8 text, and a bytes format is
 * first widened to UTF-8 as Latin-1 (each byte one code point), so that
 * numfmt's widths and precisions, which count code points, count bytes;
 * the result is narrowed back to bytes at the end. */
#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes.h"
#include "exc.h"
#include "format.h"
#include "float.h"
#include "format_internal.h"
#include "int.h"
#include "numfmt.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct Pct {
    int bytes;      /* formatting bytes: %b, byte-sized %c, bytes keys */
    Value args;     /* where the next argument comes from */
    int64_t arglen; /* -1: args is one value, not a tuple */
    int64_t argidx; /* -2 before that one value is taken, -1 after */
    Value dict;     /* the mapping for %(key)s, or VNULL */
} Pct;

static Value next_arg(GpThread *t, Pct *p) {
    if (p->argidx < p->arglen) {
        int64_t i = p->argidx++;
        return p->arglen < 0 ? p->args : gp_tuple_items(p->args)[i];
    }
    return gp_raise(t, &gp_TypeError, "not enough arguments for format string");
}

static void put_latin1(nf_buf *b, const uint8_t *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char u[2];
        if (s[i] < 0x80) {
            nf_buf_append(b, (const char *)s + i, 1);
        } else {
            u[0] = (char)(0xC0 | (s[i] >> 6));
            u[1] = (char)(0x80 | (s[i] & 0x3F));
            nf_buf_append(b, u, 2);
        }
    }
}

/* Latin-1 text held as UTF-8 back to bytes (every code point < 256). */
static Value narrow_to_bytes(GpThread *t, const char *s, size_t n) {
    GpBuf b;
    gp_buf_init(&b);
    for (size_t pos = 0; pos < n;) gp_buf_putc(&b, (char)gp_utf8_next(s, &pos));
    return gp_buf_finish_bytes(t, &b);
}

static int raise_nf(GpThread *t, nf_status st, nf_err *err) {
    gp_format_raise_nf(t, st, err);
    return -1;
}

static int is_number(Value v) {
    GpType *tp = v_type(v);
    return gp_is_int(v) || gp_is_float(v) || tp->index || tp->to_int || tp->to_float;
}

static int format_int(GpThread *t, Pct *p, nf_buf *out, const nf_pct_spec *spec, Value v) {
    uint32_t c = spec->conv;
    /* bytes formatting names %i "%d" in its messages */
    uint32_t shown = p->bytes && c == 'i' ? 'd' : c;
    int need_index = c == 'o' || c == 'x' || c == 'X';
    Value iv = VNULL;
    if (is_number(v)) {
        iv = gp_is_int(v) ? gp_int_exact(t, v) : need_index ? gp_index(t, v) : gp_number_int(t, v);
        if (!iv && !gp_exc_matches(t, &gp_TypeError)) return -1;
        if (!iv) gp_exc_clear(t);
    }
    if (!iv) {
        if (need_index)
            return gp_raise_i(t, &gp_TypeError, "%%%c format: an integer is required, not %s", (int)shown,
                              v_type(v)->name);
        return gp_raise_i(t, &gp_TypeError, "%%%c format: a real number is required, not %s", (int)shown,
                          v_type(v)->name);
    }
    GpIntDigits dg;
    if (gp_format_int_digits(t, iv, nf_pct_int_base(c), &dg) < 0) return -1;
    nf_status st = nf_pct_format_int(out, spec, dg.negative, dg.digits, dg.n);
    return st == NF_OK ? 0 : raise_nf(t, st, NULL);
}

/* %c of str: a one-character str or an int code point. */
static int format_char(GpThread *t, Pct *p, nf_buf *out, const nf_pct_spec *spec, Value v) {
    int64_t cp;
    if (p->bytes) {
        const char *msg = "%c requires an integer in range(256) or a single byte";
        if (gp_is_bytes(v) || gp_isinstance_type(v, &gp_bytearray_type)) {
            size_t n;
            const uint8_t *d = gp_bytes_like(t, v, &n, "%c");
            if (!d) return -1;
            if (n != 1) return gp_raise_i(t, &gp_TypeError, "%s", msg);
            cp = d[0];
        } else {
            Value iv = gp_is_int(v) || v_type(v)->index ? gp_index(t, v) : VNULL;
            if (!iv) {
                if (t->exc && !gp_exc_matches(t, &gp_TypeError)) return -1;
                gp_exc_clear(t);
                return gp_raise_i(t, &gp_TypeError, "%s", msg);
            }
            if (!gp_int_to_i64(iv, &cp) || cp < 0 || cp > 255)
                return gp_raise_i(t, &gp_OverflowError, "%%c arg not in range(256)");
        }
    } else if (gp_is_str(v)) {
        if (gp_str_len(v) != 1) return gp_raise_i(t, &gp_TypeError, "%%c requires int or char");
        cp = gp_str_char_at(v, 0);
    } else {
        Value iv = gp_is_int(v) || v_type(v)->index ? gp_index(t, v) : VNULL;
        if (!iv) {
            if (t->exc && !gp_exc_matches(t, &gp_TypeError)) return -1;
            gp_exc_clear(t);
            return gp_raise_i(t, &gp_TypeError, "%%c requires int or char");
        }
        if (!gp_int_to_i64(iv, &cp)) cp = -1;
    }
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_pct_format_char(out, spec, cp, &err);
    if (st != NF_OK) return raise_nf(t, st, &err);
    nf_err_free(&err);
    return 0;
}

/* %b and %s of bytes: a bytes-like object, or __bytes__. */
static int format_bytes_arg(GpThread *t, nf_buf *out, const nf_pct_spec *spec, Value v) {
    if (!gp_is_bytes(v) && !gp_isinstance_type(v, &gp_bytearray_type)) {
        Value m = gp_type_lookup(v_type(v), gp_str_intern_cstr(t, "__bytes__"));
        if (!m)
            return gp_raise_i(t, &gp_TypeError,
                              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                              v_type(v)->name);
        Value r = gp_call_method(t, v, "__bytes__", NULL, 0);
        if (!r) return -1;
        if (!gp_is_bytes(r))
            return gp_raise_i(t, &gp_TypeError, "__bytes__ returned non-bytes (type %s)", v_type(r)->name);
        v = r;
    }
    size_t n;
    const uint8_t *d = gp_bytes_like(t, v, &n, "%b");
    if (!d) return -1;
    nf_buf text = NF_BUF_INIT;
    put_latin1(&text, d, n);
    nf_status st = text.failed ? NF_MEMORY_ERROR : nf_pct_format_text(out, spec, text.data ? text.data : "", text.len);
    nf_buf_free(&text);
    return st == NF_OK ? 0 : raise_nf(t, st, NULL);
}

static int format_value(GpThread *t, Pct *p, nf_buf *out, const nf_pct_spec *spec, Value v) {
    Value text;
    switch (spec->conv) {
    case 's':
        if (p->bytes) return format_bytes_arg(t, out, spec, v);
        text = gp_str(t, v);
        break;
    case 'b': return format_bytes_arg(t, out, spec, v);
    case 'r': text = p->bytes ? gp_ascii(t, v) : gp_repr(t, v); break;
    case 'a': text = gp_ascii(t, v); break;
    case 'c': return format_char(t, p, out, spec, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (gp_as_double(t, v, &x) < 0) {
            if (!p->bytes) return -1;
            gp_exc_clear(t);
            return gp_raise_i(t, &gp_TypeError, "float argument required, not %s", v_type(v)->name);
        }
        nf_status st = nf_pct_format_float(out, spec, x);
        return st == NF_OK ? 0 : raise_nf(t, st, NULL);
    }
    default: return format_int(t, p, out, spec, v);
    }
    if (!text) return -1;
    nf_status st = nf_pct_format_text(out, spec, gp_str_data(text), gp_str_nbytes(text));
    return st == NF_OK ? 0 : raise_nf(t, st, NULL);
}

/* The '*' argument of a width or precision. */
static int star_arg(GpThread *t, Pct *p, int64_t *out, int is_prec) {
    Value v = next_arg(t, p);
    if (!v) return -1;
    if (!gp_is_int(v)) return gp_raise_i(t, &gp_TypeError, "* wants int");
    if (!gp_int_to_i64(v, out) || (is_prec && (*out > INT32_MAX || *out < INT32_MIN)))
        return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C %s", is_prec ? "int" : "ssize_t");
    return 0;
}

/* One conversion starting just after its '%' at byte pos (code point
 * cp_pos); *end receives where literal text resumes. The order of the
 * steps is CPython's (see nf_pct_parse). */
static int conversion(GpThread *t, Pct *p, nf_buf *out, const char *fmt, size_t len, size_t pos, size_t cp_pos,
                      size_t *end, size_t *cp_end) {
    nf_pct_spec spec;
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_pct_parse(fmt, len, pos, cp_pos, &spec, &err);
    if (st == NF_OK && spec.literal_percent) {
        nf_buf_append(out, "%", 1);
        *end = spec.end;
        *cp_end = cp_pos + 1;
        nf_err_free(&err);
        return 0;
    }
    if (spec.has_key && !p->dict) {
        nf_err_free(&err);
        return gp_raise_i(t, &gp_TypeError, "format requires a mapping");
    }
    if (spec.key_unterminated) return raise_nf(t, st, &err);
    if (spec.has_key) {
        Value key = p->bytes ? narrow_to_bytes(t, fmt + spec.key_start, spec.key_len)
                             : gp_str_new(t, fmt + spec.key_start, spec.key_len);
        Value v = key ? gp_getitem(t, p->dict, key) : VNULL;
        if (!v) {
            nf_err_free(&err);
            return -1;
        }
        p->args = v;
        p->arglen = -1;
        p->argidx = -2;
    }
    int64_t w;
    if (spec.width_star) {
        if (star_arg(t, p, &w, 0) < 0) {
            nf_err_free(&err);
            return -1;
        }
        nf_pct_set_width(&spec, w);
    }
    if (spec.prec_star) {
        if (star_arg(t, p, &w, 1) < 0) {
            nf_err_free(&err);
            return -1;
        }
        nf_pct_set_prec(&spec, (int)w);
    }
    if (st != NF_OK) return raise_nf(t, st, &err);
    Value v = next_arg(t, p);
    if (!v) {
        nf_err_free(&err);
        return -1;
    }
    if (!(p->bytes && spec.conv == 'b') && !nf_pct_conv_supported(&spec, &err))
        return raise_nf(t, NF_VALUE_ERROR, &err);
    nf_err_free(&err);
    if (format_value(t, p, out, &spec, v) < 0) return -1;
    *end = spec.end;
    *cp_end = spec.conv_index + 1;
    return 0;
}

static int percent_engine(GpThread *t, Pct *p, const char *fmt, size_t len, int ascii, nf_buf *out) {
    size_t pos = 0, cp_pos = 0;
    while (pos < len) {
        const char *pc = memchr(fmt + pos, '%', len - pos);
        size_t lit_end = pc ? (size_t)(pc - fmt) : len;
        nf_buf_append(out, fmt + pos, lit_end - pos);
        cp_pos += ascii ? lit_end - pos : gp_utf8_count(fmt + pos, lit_end - pos);
        if (!pc) break;
        if (conversion(t, p, out, fmt, len, lit_end + 1, cp_pos + 1, &pos, &cp_pos) < 0) return -1;
    }
    if (p->argidx < p->arglen && !p->dict)
        return gp_raise_i(t, &gp_TypeError, "not all arguments converted during %s formatting",
                          p->bytes ? "bytes" : "string");
    if (out->failed) {
        gp_raise_memory(t);
        return -1;
    }
    return 0;
}

static void pct_init(Pct *p, Value args, int bytes) {
    p->bytes = bytes;
    p->args = args;
    p->dict = VNULL;
    if (gp_is_tuple(args)) {
        p->arglen = (int64_t)gp_tuple_len(args);
        p->argidx = 0;
    } else {
        p->arglen = -1;
        p->argidx = -2;
    }
    GpType *tp = v_type(args);
    int excluded = bytes ? gp_is_bytes(args) || gp_isinstance_type(args, &gp_bytearray_type) : gp_is_str(args);
    if (tp->getitem && !gp_is_tuple(args) && !excluded) p->dict = args;
}

Value gp_str_percent(GpThread *t, Value fmt, Value args) {
    Pct p;
    pct_init(&p, args, 0);
    nf_buf out = NF_BUF_INIT;
    if (percent_engine(t, &p, gp_str_data(fmt), gp_str_nbytes(fmt), gp_str_obj(fmt)->ascii, &out) < 0) {
        nf_buf_free(&out);
        return VNULL;
    }
    return gp_format_nf_result(t, &out);
}

Value gp_bytes_percent(GpThread *t, Value fmt, Value args) {
    size_t n;
    const uint8_t *d = gp_bytes_like(t, fmt, &n, "%");
    if (!d) return VNULL;
    Pct p;
    pct_init(&p, args, 1);
    nf_buf wide = NF_BUF_INIT, out = NF_BUF_INIT;
    put_latin1(&wide, d, n);
    Value r = VNULL;
    if (wide.failed) gp_raise_memory(t);
    else if (percent_engine(t, &p, wide.data ? wide.data : "", wide.len, 0, &out) == 0)
        r = narrow_to_bytes(t, out.data ? out.data : "", out.len);
    nf_buf_free(&wide);
    nf_buf_free(&out);
    return r;
}
