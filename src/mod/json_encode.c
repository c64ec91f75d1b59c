/* json_encode.c - _json.make_encoder: what json.dumps() runs when no
 * indent is asked for, as CPython's c_make_encoder.
 *
 * make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan) returns a callable;
 * calling it with (obj, indent_level) returns a 1-tuple holding the whole
 * JSON text, written into one growing byte buffer. The rules are those of
 * the pure-Python encoder (lib/json/encoder.py): True/False/None first,
 * str (subclasses too) through `encoder`, int and float subclasses written
 * as int.__repr__/float.__repr__ would, list and tuple as arrays, dict
 * keys coerced from float, bool, None and int or skipped/refused, and
 * anything else handed to default(). markers (a dict, or None to skip the
 * check) maps id(container) to it while the container is being written,
 * so a cycle raises "Circular reference detected".
 *
 * A list is re-measured on every step and a dict is first copied into a
 * list of items (PyMapping_Items in CPython), so default() or a
 * __repr__ mutating them cannot make this code read out of bounds.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "json_impl.h"

typedef struct Encoder {
    GpObj hdr;
    Value markers, defaultfn, encoder, indent, key_separator, item_separator;
    int sort_keys, skipkeys, allow_nan;
    int fast; /* gp_json_fast_escaper(encoder) */
} Encoder;

static int encode_obj(GpThread *t, Encoder *e, GpBuf *b, Value obj);

static int put_value_str(GpThread *t, GpBuf *b, Value s) {
    if (!s) return -1;
    gp_buf_put(b, gp_str_data(s), gp_str_nbytes(s));
    return 0;
}

static int encode_string(GpThread *t, Encoder *e, GpBuf *b, Value s) {
    if (e->fast) {
        gp_json_escape(b, s, e->fast == 1);
        return 0;
    }
    Value r = gp_call1(t, e->encoder, s);
    if (!r) return -1;
    if (!gp_is_str(r)) return gp_raise_i(t, &gp_TypeError, "encoder() must return a string, not %s", v_type(r)->name);
    return put_value_str(t, b, r);
}

/* float.__repr__, or NaN/Infinity/-Infinity (ValueError without allow_nan). */
static Value float_text(GpThread *t, Encoder *e, Value obj) {
    double d = gp_float_value(obj);
    if (isfinite(d)) return gp_float_repr(t, d);
    if (!e->allow_nan) return gp_raise(t, &gp_ValueError, "Out of range float values are not JSON compliant: %R", obj);
    return gp_str_from_cstr(t, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
}

/* int.__repr__ of an int or an instance of a subclass. */
static int put_int(GpThread *t, GpBuf *b, Value obj) {
    int64_t i;
    if (gp_int_to_i64(obj, &i)) {
        char num[24];
        int len = snprintf(num, sizeof num, "%" PRId64, i);
        gp_buf_put(b, num, (size_t)len);
        return 0;
    }
    Value exact = gp_int_exact(t, obj);
    return put_value_str(t, b, exact ? gp_int_to_str(t, exact, 10, 0) : VNULL);
}

/* Enter a container: record it in markers (the cycle check). Returns the
 * marker key (VNULL when not checking) through *key; -1 on error. */
static int mark(GpThread *t, Encoder *e, Value obj, Value *key) {
    *key = VNULL;
    if (e->markers == V_NONE) return 0;
    Value id = gp_int_from_u64(t, (uint64_t)(uintptr_t)v_obj(obj));
    if (!id) return -1;
    Value found;
    int r = gp_dict_lookup(t, e->markers, id, &found);
    if (r < 0) return -1;
    if (r) return gp_raise_i(t, &gp_ValueError, "Circular reference detected");
    *key = id;
    return gp_dict_set(t, e->markers, id, obj);
}

static int unmark(GpThread *t, Encoder *e, Value key) { return key ? gp_dict_del(t, e->markers, key) : 0; }

static int encode_list(GpThread *t, Encoder *e, GpBuf *b, Value seq) {
    int is_list = gp_is_list(seq);
    size_t n = is_list ? gp_list_obj(seq)->n : gp_tuple_len(seq);
    if (n == 0) {
        gp_buf_put(b, "[]", 2);
        return 0;
    }
    Value key;
    if (mark(t, e, seq, &key) < 0) return -1;
    gp_buf_putc(b, '[');
    for (size_t i = 0;; i++) {
        n = is_list ? gp_list_obj(seq)->n : gp_tuple_len(seq);
        if (i >= n) break;
        if (i > 0) put_value_str(t, b, e->item_separator);
        Value item = is_list ? gp_list_obj(seq)->items[i] : gp_tuple_items(seq)[i];
        if (encode_obj(t, e, b, item) < 0) return -1;
    }
    gp_buf_putc(b, ']');
    return unmark(t, e, key);
}

/* The JSON text of a dict key in *out: 0, or 1 to skip the key
 * (skipkeys), -1 on error. */
static int key_text(GpThread *t, Encoder *e, Value k, Value *out) {
    if (gp_is_str(k)) *out = k;
    else if (gp_is_float(k)) *out = float_text(t, e, k);
    else if (k == V_TRUE) *out = gp_str_from_cstr(t, "true");
    else if (k == V_FALSE) *out = gp_str_from_cstr(t, "false");
    else if (k == V_NONE) *out = gp_str_from_cstr(t, "null");
    else if (gp_is_int(k)) {
        Value exact = gp_int_exact(t, k);
        *out = exact ? gp_int_to_str(t, exact, 10, 0) : VNULL;
    } else if (e->skipkeys) {
        return 1;
    } else {
        return gp_raise_i(t, &gp_TypeError, "keys must be str, int, float, bool or None, not %s", v_type(k)->name);
    }
    return *out ? 0 : -1;
}

/* The dict's items as a flat list [k0, v0, k1, v1, ...]: straight from
 * an exact dict, else from its items() method (sorted as (key, value)
 * tuples when asked, as CPython sorts PyMapping_Items). */
static Value dict_items(GpThread *t, Encoder *e, Value dct) {
    Value items = gp_list_new(t, 0);
    if (!items) return VNULL;
    if (v_is_type(dct, &gp_dict_type) && !e->sort_keys) {
        size_t pos = 0;
        Value k, v;
        while (gp_dict_next(dct, &pos, &k, &v))
            if (gp_list_append(t, items, k) < 0 || gp_list_append(t, items, v) < 0) return VNULL;
        return items;
    }
    Value view = gp_call_method(t, dct, "items", NULL, 0);
    Value pairs = view ? gp_sequence_list(t, view) : VNULL;
    if (!pairs || (e->sort_keys && gp_list_sort(t, pairs, V_NONE, 0) < 0)) return VNULL;
    for (size_t i = 0; i < gp_list_obj(pairs)->n; i++) {
        Value item = gp_list_obj(pairs)->items[i];
        if (!gp_is_tuple(item) || gp_tuple_len(item) != 2)
            return gp_raise(t, &gp_ValueError, "items must return 2-tuples");
        if (gp_list_append(t, items, gp_tuple_items(item)[0]) < 0 ||
            gp_list_append(t, items, gp_tuple_items(item)[1]) < 0)
            return VNULL;
    }
    return items;
}

static int encode_dict(GpThread *t, Encoder *e, GpBuf *b, Value dct) {
    int64_t len = gp_len(t, dct);
    if (len < 0) return -1;
    if (len == 0) {
        gp_buf_put(b, "{}", 2);
        return 0;
    }
    Value key;
    if (mark(t, e, dct, &key) < 0) return -1;
    Value items = dict_items(t, e, dct);
    if (!items) return -1;
    gp_buf_putc(b, '{');
    int first = 1;
    for (size_t i = 0; i + 1 < gp_list_obj(items)->n; i += 2) {
        Value k = VNULL;
        int skip = key_text(t, e, gp_list_obj(items)->items[i], &k);
        if (skip < 0) return -1;
        if (skip) continue;
        if (!first) put_value_str(t, b, e->item_separator);
        first = 0;
        if (encode_string(t, e, b, k) < 0) return -1;
        put_value_str(t, b, e->key_separator);
        if (encode_obj(t, e, b, gp_list_obj(items)->items[i + 1]) < 0) return -1;
    }
    gp_buf_putc(b, '}');
    return unmark(t, e, key);
}

static int encode_obj(GpThread *t, Encoder *e, GpBuf *b, Value obj) {
    if (obj == V_NONE) {
        gp_buf_put(b, "null", 4);
        return 0;
    }
    if (obj == V_TRUE) {
        gp_buf_put(b, "true", 4);
        return 0;
    }
    if (obj == V_FALSE) {
        gp_buf_put(b, "false", 5);
        return 0;
    }
    if (gp_is_str(obj)) return encode_string(t, e, b, obj);
    if (gp_is_int(obj)) return put_int(t, b, obj);
    if (gp_is_float(obj)) return put_value_str(t, b, float_text(t, e, obj));
    int r;
    if (gp_is_list(obj) || gp_is_tuple(obj)) {
        if (gp_enter_recursive(t, " while encoding a JSON object") < 0) return -1;
        r = encode_list(t, e, b, obj);
        gp_leave_recursive(t);
        return r;
    }
    if (gp_is_dict(obj)) {
        if (gp_enter_recursive(t, " while encoding a JSON object") < 0) return -1;
        r = encode_dict(t, e, b, obj);
        gp_leave_recursive(t);
        return r;
    }
    Value key;
    if (mark(t, e, obj, &key) < 0) return -1;
    Value replacement = gp_call1(t, e->defaultfn, obj);
    if (!replacement) return -1;
    if (gp_enter_recursive(t, " while encoding a JSON object") < 0) return -1;
    r = encode_obj(t, e, b, replacement);
    gp_leave_recursive(t);
    if (r < 0) return -1;
    return unmark(t, e, key);
}

/* _iterencode(obj, _current_indent_level) -> (text,) */
static Value encoder_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"obj", "_current_indent_level"};
    static const GpArgSpec spec = {"_iterencode", names, 2, 2, 0, 2};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, a) < 0) return VNULL;
    int64_t level;
    if (gp_as_ssize(t, a[1], &level) < 0) return VNULL;
    GpBuf b;
    gp_buf_init(&b);
    if (encode_obj(t, (Encoder *)v_obj(callable), &b, a[0]) < 0) {
        gp_buf_free(&b);
        return VNULL;
    }
    Value text = gp_buf_finish_str(t, &b);
    return text ? gp_tuple_pack(t, 1, text) : VNULL;
}

static Value encoder_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"markers", "default", "encoder", "indent", "key_separator",
                                        "item_separator", "sort_keys", "skipkeys", "allow_nan"};
    static const GpArgSpec spec = {"make_encoder", names, 9, 9, 0, 9};
    Value a[9];
    if (gp_parse_args(t, &spec, args, nargs, kwnames, a) < 0) return VNULL;
    if (a[0] != V_NONE && !gp_is_dict(a[0]))
        return gp_raise(t, &gp_TypeError, "make_encoder() argument 1 must be dict or None, not %s", v_type(a[0])->name);
    for (int k = 4; k <= 5; k++)
        if (!gp_is_str(a[k]))
            return gp_raise(t, &gp_TypeError, "make_encoder() argument %d must be str, not %s", k + 1,
                            v_type(a[k])->name);
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = gp_truthy(t, a[6 + k])) < 0) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    Encoder *e = gp_alloc(t, type, type->size);
    if (!e) return VNULL;
    e->markers = a[0];
    e->defaultfn = a[1];
    e->encoder = a[2];
    e->indent = a[3];
    e->key_separator = a[4];
    e->item_separator = a[5];
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->fast = gp_json_fast_escaper(a[2]);
    return v_from_obj(e);
}

static void encoder_trace(GpGc *gc, GpObj *self) {
    Encoder *e = (Encoder *)self;
    gc_mark(gc, e->markers);
    gc_mark(gc, e->defaultfn);
    gc_mark(gc, e->encoder);
    gc_mark(gc, e->indent);
    gc_mark(gc, e->key_separator);
    gc_mark(gc, e->item_separator);
}

#define ENC_GETTER(name, expr)                                                                     \
    static Value get_##name(GpThread *t, Value self) {                                             \
        (void)t;                                                                                   \
        Encoder *e = (Encoder *)v_obj(self);                                                       \
        return expr;                                                                               \
    }
ENC_GETTER(markers, e->markers)
ENC_GETTER(default, e->defaultfn)
ENC_GETTER(encoder, e->encoder)
ENC_GETTER(indent, e->indent)
ENC_GETTER(key_separator, e->key_separator)
ENC_GETTER(item_separator, e->item_separator)
ENC_GETTER(sort_keys, v_bool(e->sort_keys))
ENC_GETTER(skipkeys, v_bool(e->skipkeys))

static const GpGetSetDef encoder_getsets[] = {
    {"markers", get_markers, NULL},
    {"default", get_default, NULL},
    {"encoder", get_encoder, NULL},
    {"indent", get_indent, NULL},
    {"key_separator", get_key_separator, NULL},
    {"item_separator", get_item_separator, NULL},
    {"sort_keys", get_sort_keys, NULL},
    {"skipkeys", get_skipkeys, NULL},
    {NULL, NULL, NULL},
};

GpType gp_json_encoder_type = {
    .hdr = {&gp_type_type},
    .name = "_json.Encoder",
    .base = &gp_object_type,
    .size = sizeof(Encoder),
    .call = encoder_call,
    .new_ = encoder_new,
    .trace = encoder_trace,
    .getsets = encoder_getsets,
    .doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, "
           "allow_nan)",
};
GP_REGISTER_TYPE(gp_json_encoder_type);
