/* json_scan.c - _json.make_scanner: decode one JSON value.
 *
 * make_scanner(context) reads the decoder's settings once (strict, the
 * hooks, parse_float/int/constant); calling it as scan_once(string, idx)
 * decodes the value at character idx and returns (value, end index), or
 * raises StopIteration(idx) when no value starts there, which
 * JSONDecoder.raw_decode reports as "Expecting value". Everything else
 * raises JSONDecodeError where it is found.
 *
 * The rules are CPython's C scanner's: whitespace is " \t\n\r", numbers
 * are -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? with ASCII digits (an
 * 'e' without digits after it is left unread), and NaN, Infinity and
 * -Infinity go to parse_constant. Nesting is bounded by the C stack guard
 * (RecursionError "... while decoding a JSON array from a unicode
 * string"). Positions are byte offsets until an error or the result needs
 * a character index.
 */
#include <math.h>
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/numfmt.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "json_impl.h"

typedef struct Scanner {
    GpObj hdr;
    Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    int strict;
} Scanner;

/* One scan: the document and the scanner's settings. */
typedef struct Scan {
    GpThread *t;
    Scanner *sc;
    Value s;
    const unsigned char *d;
    size_t n;
} Scan;

static Value scan_value(Scan *c, size_t i, size_t *end);

static size_t skip_ws(const Scan *c, size_t i) {
    while (i < c->n && (c->d[i] == ' ' || c->d[i] == '\t' || c->d[i] == '\n' || c->d[i] == '\r')) i++;
    return i;
}

static Value stop_at(Scan *c, size_t off) {
    Value v = gp_int_from_u64(c->t, gp_str_char_index(c->s, off));
    return v ? gp_raise_arg(c->t, &gp_StopIteration, v) : VNULL;
}

static Value parse_object(Scan *c, size_t i, size_t *end) {
    GpThread *t = c->t;
    int pairs_hook = c->sc->object_pairs_hook != V_NONE;
    Value result = pairs_hook ? gp_list_new(t, 0) : gp_dict_new(t);
    if (!result) return VNULL;
    i = skip_ws(c, i);
    if (i >= c->n || c->d[i] != '}') {
        for (;;) {
            if (i >= c->n || c->d[i] != '"')
                return gp_json_raise_error(t, "Expecting property name enclosed in double quotes", c->s, i);
            Value key = gp_json_scan_string(t, c->s, i + 1, c->sc->strict, &i);
            if (!key) return VNULL;
            i = skip_ws(c, i);
            if (i >= c->n || c->d[i] != ':') return gp_json_raise_error(t, "Expecting ':' delimiter", c->s, i);
            i = skip_ws(c, i + 1);
            Value val = scan_value(c, i, &i);
            if (!val) return VNULL;
            if (pairs_hook) {
                Value pair = gp_tuple_pack(t, 2, key, val);
                if (!pair || gp_list_append(t, result, pair) < 0) return VNULL;
            } else if (gp_dict_set(t, result, key, val) < 0) {
                return VNULL;
            }
            i = skip_ws(c, i);
            if (i < c->n && c->d[i] == '}') break;
            if (i >= c->n || c->d[i] != ',') return gp_json_raise_error(t, "Expecting ',' delimiter", c->s, i);
            i = skip_ws(c, i + 1);
        }
    }
    *end = i + 1;
    if (pairs_hook) return gp_call1(t, c->sc->object_pairs_hook, result);
    if (c->sc->object_hook != V_NONE) return gp_call1(t, c->sc->object_hook, result);
    return result;
}

static Value parse_array(Scan *c, size_t i, size_t *end) {
    GpThread *t = c->t;
    Value result = gp_list_new(t, 0);
    if (!result) return VNULL;
    i = skip_ws(c, i);
    if (i >= c->n || c->d[i] != ']') {
        for (;;) {
            Value val = scan_value(c, i, &i);
            if (!val || gp_list_append(t, result, val) < 0) return VNULL;
            i = skip_ws(c, i);
            if (i < c->n && c->d[i] == ']') break;
            if (i >= c->n || c->d[i] != ',') return gp_json_raise_error(t, "Expecting ',' delimiter", c->s, i);
            i = skip_ws(c, i + 1);
        }
    }
    *end = i + 1;
    return result;
}

static Value parse_constant(Scan *c, const char *name, size_t i, size_t *end) {
    Value text = gp_str_from_cstr(c->t, name);
    if (!text) return VNULL;
    *end = i + strlen(name);
    return gp_call1(c->t, c->sc->parse_constant, text);
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static Value match_number(Scan *c, size_t start, size_t *end) {
    GpThread *t = c->t;
    const unsigned char *d = c->d;
    size_t n = c->n, i = start;
    if (d[i] == '-') {
        if (++i >= n) return stop_at(c, start);
    }
    if (d[i] >= '1' && d[i] <= '9') {
        i++;
        while (i < n && is_digit(d[i])) i++;
    } else if (d[i] == '0') {
        i++;
    } else {
        return stop_at(c, start);
    }
    int is_float = 0;
    if (i + 1 < n && d[i] == '.' && is_digit(d[i + 1])) {
        is_float = 1;
        i += 2;
        while (i < n && is_digit(d[i])) i++;
    }
    if (i + 1 < n && (d[i] == 'e' || d[i] == 'E')) {
        size_t e_start = i++;
        if (i + 1 < n && (d[i] == '-' || d[i] == '+')) i++;
        while (i < n && is_digit(d[i])) i++;
        if (is_digit(d[i - 1])) is_float = 1;
        else i = e_start;
    }
    *end = i;
    const char *text = (const char *)d + start;
    size_t len = i - start;
    Value custom = is_float ? c->sc->parse_float : c->sc->parse_int;
    if (custom != v_from_obj(is_float ? &gp_float_type : &gp_int_type)) {
        Value str = gp_str_new(t, text, len);
        return str ? gp_call1(t, custom, str) : VNULL;
    }
    if (!is_float) {
        if (len <= 15) {
            int64_t v = 0;
            for (size_t k = text[0] == '-'; k < len; k++) v = v * 10 + (text[k] - '0');
            return gp_int_from_i64(t, text[0] == '-' ? -v : v);
        }
        return gp_int_from_str(t, text, len, 10);
    }
    double v;
    nf_err err = NF_ERR_INIT;
    nf_status st = nf_parse_float(text, len, &v, &err);
    nf_err_free(&err);
    if (st != NF_OK) return gp_raise_memory(t);
    return v_from_float(v);
}

static int has_word(const Scan *c, size_t i, const char *word) {
    size_t len = strlen(word);
    return i + len <= c->n && memcmp(c->d + i, word, len) == 0;
}

static Value scan_value(Scan *c, size_t i, size_t *end) {
    GpThread *t = c->t;
    if (i >= c->n) return stop_at(c, i);
    Value r;
    switch (c->d[i]) {
    case '"': return gp_json_scan_string(t, c->s, i + 1, c->sc->strict, end);
    case '{':
        if (gp_enter_recursive(t, " while decoding a JSON object from a unicode string") < 0) return VNULL;
        r = parse_object(c, i + 1, end);
        gp_leave_recursive(t);
        return r;
    case '[':
        if (gp_enter_recursive(t, " while decoding a JSON array from a unicode string") < 0) return VNULL;
        r = parse_array(c, i + 1, end);
        gp_leave_recursive(t);
        return r;
    case 'n':
        if (has_word(c, i, "null")) {
            *end = i + 4;
            return V_NONE;
        }
        break;
    case 't':
        if (has_word(c, i, "true")) {
            *end = i + 4;
            return V_TRUE;
        }
        break;
    case 'f':
        if (has_word(c, i, "false")) {
            *end = i + 5;
            return V_FALSE;
        }
        break;
    case 'N':
        if (has_word(c, i, "NaN")) return parse_constant(c, "NaN", i, end);
        break;
    case 'I':
        if (has_word(c, i, "Infinity")) return parse_constant(c, "Infinity", i, end);
        break;
    case '-':
        if (has_word(c, i, "-Infinity")) return parse_constant(c, "-Infinity", i, end);
        break;
    }
    return match_number(c, i, end);
}

/* scan_once(string, idx) -> (value, end) */
static Value scanner_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"string", "idx"};
    static const GpArgSpec spec = {"scan_once", names, 2, 2, 2, 2};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, a) < 0) return VNULL;
    if (!gp_is_str(a[0]))
        return gp_raise(t, &gp_TypeError, "first argument must be a string, not %s", v_type(a[0])->name);
    int64_t idx;
    if (gp_as_ssize(t, a[1], &idx) < 0) return VNULL;
    if (idx < 0) return gp_raise(t, &gp_ValueError, "idx cannot be negative");
    Value s = a[0];
    Scan c = {t, (Scanner *)v_obj(callable), s, (const unsigned char *)gp_str_data(s), gp_str_nbytes(s)};
    if ((uint64_t)idx >= gp_str_len(s)) {
        Value v = gp_int_from_i64(t, idx);
        return v ? gp_raise_arg(t, &gp_StopIteration, v) : VNULL;
    }
    size_t end;
    Value v = scan_value(&c, gp_str_byte_offset(s, (size_t)idx), &end);
    if (!v) return VNULL;
    Value e = gp_int_from_u64(t, gp_str_char_index(s, end));
    return e ? gp_tuple_pack(t, 2, v, e) : VNULL;
}

static Value scanner_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"context"};
    static const GpArgSpec spec = {"make_scanner", names, 1, 1, 0, 1};
    Value ctx;
    if (gp_parse_args(t, &spec, args, nargs, kwnames, &ctx) < 0) return VNULL;
    Value strict = gp_getattr_cstr(t, ctx, "strict");
    int st = strict ? gp_truthy(t, strict) : -1;
    if (st < 0) return VNULL;
    Value hooks[5];
    static const char *const attrs[] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
                                        "parse_constant"};
    for (int k = 0; k < 5; k++)
        if (!(hooks[k] = gp_getattr_cstr(t, ctx, attrs[k]))) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    Scanner *sc = gp_alloc(t, type, type->size);
    if (!sc) return VNULL;
    sc->strict = st;
    sc->object_hook = hooks[0];
    sc->object_pairs_hook = hooks[1];
    sc->parse_float = hooks[2];
    sc->parse_int = hooks[3];
    sc->parse_constant = hooks[4];
    return v_from_obj(sc);
}

static void scanner_trace(GpGc *gc, GpObj *self) {
    Scanner *sc = (Scanner *)self;
    gc_mark(gc, sc->object_hook);
    gc_mark(gc, sc->object_pairs_hook);
    gc_mark(gc, sc->parse_float);
    gc_mark(gc, sc->parse_int);
    gc_mark(gc, sc->parse_constant);
}

#define HOOK_GETTER(field)                                                                         \
    static Value get_##field(GpThread *t, Value self) {                                            \
        (void)t;                                                                                   \
        return ((Scanner *)v_obj(self))->field;                                                    \
    }
HOOK_GETTER(object_hook)
HOOK_GETTER(object_pairs_hook)
HOOK_GETTER(parse_float)
HOOK_GETTER(parse_int)
HOOK_GETTER(parse_constant)

static Value get_strict(GpThread *t, Value self) {
    (void)t;
    return v_bool(((Scanner *)v_obj(self))->strict);
}

static const GpGetSetDef scanner_getsets[] = {
    {"strict", get_strict, NULL},
    {"object_hook", get_object_hook, NULL},
    {"object_pairs_hook", get_object_pairs_hook, NULL},
    {"parse_float", get_parse_float, NULL},
    {"parse_int", get_parse_int, NULL},
    {"parse_constant", get_parse_constant, NULL},
    {NULL, NULL, NULL},
};

GpType gp_json_scanner_type = {
    .hdr = {&gp_type_type},
    .name = "_json.Scanner",
    .base = &gp_object_type,
    .size = sizeof(Scanner),
    .call = scanner_call,
    .new_ = scanner_new,
    .trace = scanner_trace,
    .getsets = scanner_getsets,
    .doc = "JSON scanner object",
};
GP_REGISTER_TYPE(gp_json_scanner_type);
