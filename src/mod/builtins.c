/* builtins.c - the builtins module: functions, types and exceptions. */
#include <math.h>
#include <string.h>

#include "../lang/compile.h"
#include "../obj/abstract.h"
#include "../obj/builtin_iters.h"
#include "../obj/bytes.h"
#include "../obj/class.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/file.h"
#include "../obj/float.h"
#include "../obj/format.h"
#include "../obj/int.h"
#include "../obj/iter.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/range.h"
#include "../obj/set.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/eval.h"
#include "../vm/state.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw
#define UNUSED_SELF (void)self

static Value sys_attr(GpThread *t, const char *name) {
    Value sys = t->interp->sys;
    return sys ? gp_dict_get_cstr(((GpModule *)v_obj(sys))->dict, name) : VNULL;
}

/* ---- print */

/* print writes each piece as soon as it is converted, as CPython's
 * PyFile_WriteObject does (file.write looked up, then str(), then the
 * call), so what precedes an argument whose __str__ raises is written.
 * v VNULL: the C string dflt. */
static int print_piece(GpThread *t, Value file, Value v, const char *dflt) {
    Value writer = VNULL;
    if (!gp_is_file(file)) {
        writer = gp_getattr_cstr(t, file, "write");
        if (!writer) return -1;
    }
    Value s = v ? gp_str(t, v) : gp_str_from_cstr(t, dflt);
    if (!s) return -1;
    if (!writer) return gp_file_write(t, file, s);
    return gp_call1(t, writer, s) ? 0 : -1;
}

static Value b_print(ARGS) {
    UNUSED_SELF;
    Value sep = VNULL, end = VNULL, file = VNULL, flush = VNULL;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = gp_tuple_items(kw)[i], v = args[nargs + i];
        if (gp_str_eq_cstr(k, "sep")) sep = v;
        else if (gp_str_eq_cstr(k, "end")) end = v;
        else if (gp_str_eq_cstr(k, "file")) file = v;
        else if (gp_str_eq_cstr(k, "flush")) flush = v;
        else return gp_raise(t, &gp_TypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (sep && sep != V_NONE && !gp_is_str(sep))
        return gp_raise(t, &gp_TypeError, "sep must be None or a string, not %s", v_type(sep)->name);
    if (end && end != V_NONE && !gp_is_str(end))
        return gp_raise(t, &gp_TypeError, "end must be None or a string, not %s", v_type(end)->name);
    if (!file || file == V_NONE) {
        file = sys_attr(t, "stdout");
        if (!file || file == V_NONE) return V_NONE;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (i && print_piece(t, file, sep && sep != V_NONE ? sep : VNULL, " ") < 0) return VNULL;
        if (print_piece(t, file, args[i], NULL) < 0) return VNULL;
    }
    if (print_piece(t, file, end && end != V_NONE ? end : VNULL, "\n") < 0) return VNULL;
    if (flush && flush != V_NONE) {
        int f = gp_truthy(t, flush);
        if (f < 0) return VNULL;
        if (f && gp_file_flush(t, file) < 0) return VNULL;
    }
    return V_NONE;
}

/* ---- simple functions */

static Value b_len(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "len", nargs, 1, 1) < 0) return VNULL;
    int64_t n = gp_len(t, args[0]);
    return n < 0 ? VNULL : gp_int_from_i64(t, n);
}

static Value b_repr(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "repr", nargs, 1, 1) < 0) return VNULL;
    return gp_repr(t, args[0]);
}

static Value b_ascii(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "ascii", nargs, 1, 1) < 0) return VNULL;
    return gp_ascii(t, args[0]);
}

static Value b_abs(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "abs", nargs, 1, 1) < 0) return VNULL;
    return gp_unop(t, GP_UOP_ABS, args[0]);
}

static Value b_hash(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "hash", nargs, 1, 1) < 0) return VNULL;
    int64_t h;
    if (gp_hash(t, args[0], &h) < 0) return VNULL;
    return gp_int_from_i64(t, h);
}

static Value b_id(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "id", nargs, 1, 1) < 0) return VNULL;
    Value v = args[0];
    /* Immediates have no address: their identity is their bits. */
    return gp_int_from_u64(t, v_is_obj(v) ? (uint64_t)(uintptr_t)v_obj(v) : (uint64_t)v >> 1);
}

static Value b_callable(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "callable", nargs, 1, 1) < 0) return VNULL;
    return v_bool(gp_callable(args[0]));
}

static Value b_isinstance(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "isinstance", nargs, 2, 2) < 0) return VNULL;
    int r = gp_isinstance(t, args[0], args[1]);
    return r < 0 ? VNULL : v_bool(r);
}

static Value b_issubclass(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "issubclass", nargs, 2, 2) < 0) return VNULL;
    int r = gp_issubclass(t, args[0], args[1]);
    return r < 0 ? VNULL : v_bool(r);
}

static Value b_iter(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "iter", nargs, 1, 2) < 0) return VNULL;
    if (nargs == 1) return gp_iter(t, args[0]);
    if (!gp_callable(args[0])) return gp_raise(t, &gp_TypeError, "iter(object, sentinel): object must be callable");
    return gp_calliter_new(t, args[0], args[1]);
}

static Value b_next(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "next", nargs, 1, 2) < 0) return VNULL;
    GpType *tp = v_type(args[0]);
    if (!tp->next) return gp_raise(t, &gp_TypeError, "'%s' object is not an iterator", tp->name);
    Value v = tp->next(t, args[0]);
    if (v) return v;
    if (t->exc) {
        if (nargs == 2 && gp_exc_matches(t, &gp_StopIteration)) {
            gp_exc_clear(t);
            return args[1];
        }
        return VNULL;
    }
    if (nargs == 2) return args[1];
    gp_exc_restore(t, gp_exc_new(t, &gp_StopIteration, gp_tuple_empty()));
    return VNULL;
}

static Value b_getattr(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "getattr", nargs, 2, 3) < 0) return VNULL;
    if (!gp_is_str(args[1]))
        return gp_raise(t, &gp_TypeError, "attribute name must be string, not '%s'", v_type(args[1])->name);
    if (nargs == 3) {
        Value v = gp_getattr_opt(t, args[0], args[1]);
        if (v || t->exc) return v;
        return args[2];
    }
    return gp_getattr(t, args[0], args[1]);
}

static Value b_setattr(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "setattr", nargs, 3, 3) < 0) return VNULL;
    return gp_setattr(t, args[0], args[1], args[2]) < 0 ? VNULL : V_NONE;
}

static Value b_delattr(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "delattr", nargs, 2, 2) < 0) return VNULL;
    return gp_setattr(t, args[0], args[1], VNULL) < 0 ? VNULL : V_NONE;
}

static Value b_hasattr(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "hasattr", nargs, 2, 2) < 0) return VNULL;
    if (!gp_is_str(args[1]))
        return gp_raise(t, &gp_TypeError, "attribute name must be string, not '%s'", v_type(args[1])->name);
    int r = gp_hasattr(t, args[0], args[1]);
    return r < 0 ? VNULL : v_bool(r);
}

static Value b_ord(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "ord", nargs, 1, 1) < 0) return VNULL;
    Value v = args[0];
    if (gp_is_str(v)) {
        if (gp_str_len(v) != 1)
            return gp_raise(t, &gp_TypeError, "ord() expected a character, but string of length %zu found", gp_str_len(v));
        return v_from_small(gp_str_char_at(v, 0));
    }
    if (gp_is_bytes(v) || v_is_type(v, &gp_bytearray_type)) {
        size_t n;
        const uint8_t *p = gp_bytes_like(t, v, &n, "ord");
        if (!p) return VNULL;
        if (n != 1) return gp_raise(t, &gp_TypeError, "ord() expected a character, but string of length %zu found", n);
        return v_from_small(p[0]);
    }
    return gp_raise(t, &gp_TypeError, "ord() expected string of length 1, but %s found", v_type(v)->name);
}

static Value b_chr(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "chr", nargs, 1, 1) < 0) return VNULL;
    int64_t cp;
    if (gp_as_ssize(t, args[0], &cp) < 0) {
        if (gp_exc_matches(t, &gp_OverflowError)) {
            gp_exc_clear(t);
            return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
        }
        return VNULL;
    }
    if (cp < 0 || cp > 0x10FFFF) return gp_raise(t, &gp_ValueError, "chr() arg not in range(0x110000)");
    return gp_str_from_codepoint(t, (uint32_t)cp);
}

static Value int_in_base(GpThread *t, const Value *args, size_t nargs, const char *name, int base) {
    if (gp_check_nargs(t, name, nargs, 1, 1) < 0) return VNULL;
    Value i = gp_index(t, args[0]);
    if (!i) return VNULL;
    return gp_int_to_str(t, i, base, 1);
}

static Value b_hex(ARGS) {
    UNUSED_SELF;
    (void)kw;
    return int_in_base(t, args, nargs, "hex", 16);
}
static Value b_oct(ARGS) {
    UNUSED_SELF;
    (void)kw;
    return int_in_base(t, args, nargs, "oct", 8);
}
static Value b_bin(ARGS) {
    UNUSED_SELF;
    (void)kw;
    return int_in_base(t, args, nargs, "bin", 2);
}

static Value b_format(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "format", nargs, 1, 2) < 0) return VNULL;
    Value spec = nargs > 1 ? args[1] : gp_str_from_cstr(t, "");
    if (!spec) return VNULL;
    if (!gp_is_str(spec))
        return gp_raise(t, &gp_TypeError, "format() argument 2 must be str, not %s",
                        spec == V_NONE ? "None" : v_type(spec)->name);
    return gp_format_object(t, args[0], spec);
}

/* ---- arithmetic */

static Value b_divmod(ARGS) {
    extern Value gp_float_divmod(GpThread * t, Value a, Value b);
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "divmod", nargs, 2, 2) < 0) return VNULL;
    Value a = args[0], b = args[1];
    if (gp_is_int(a) && gp_is_int(b)) {
        if (gp_int_sign(b) == 0) return gp_raise(t, &gp_ZeroDivisionError, "integer division or modulo by zero");
        Value q = gp_int_binop(t, GP_OP_FLOORDIV, a, b);
        Value m = q ? gp_int_binop(t, GP_OP_MOD, a, b) : VNULL;
        return m ? gp_tuple_pack(t, 2, q, m) : VNULL;
    }
    if ((gp_is_float(a) || gp_is_int(a)) && (gp_is_float(b) || gp_is_int(b))) return gp_float_divmod(t, a, b);
    /* Classes: __divmod__ then __rdivmod__. */
    Value m = gp_type_lookup_cstr(v_type(a), "__divmod__");
    if (m) {
        Value r = gp_call2(t, m, a, b);
        if (r != V_NOTIMPL) return r;
    }
    Value rm = gp_type_lookup_cstr(v_type(b), "__rdivmod__");
    if (rm) {
        Value r = gp_call2(t, rm, b, a);
        if (r != V_NOTIMPL) return r;
    }
    return gp_raise(t, &gp_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", v_type(a)->name,
                    v_type(b)->name);
}

static Value b_pow(ARGS) {
    extern Value gp_int_powmod(GpThread * t, Value a, Value b, Value m);
    UNUSED_SELF;
    static const char *const names[] = {"base", "exp", "mod"};
    static const GpArgSpec spec = {"pow", names, 3, 3, 0, 2};
    Value a[3];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (!a[2] || a[2] == V_NONE) return gp_binop(t, GP_OP_POW, a[0], a[1]);
    if (!gp_is_int(a[0]) || !gp_is_int(a[1]) || !gp_is_int(a[2])) {
        Value m = gp_type_lookup_cstr(v_type(a[0]), "__pow__");
        if (m && !gp_is_int(a[0]) && !gp_is_float(a[0])) {
            Value argv[3] = {a[0], a[1], a[2]};
            return gp_call(t, m, argv, 3, VNULL);
        }
        return gp_raise(t, &gp_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return gp_int_powmod(t, gp_int_exact(t, a[0]), gp_int_exact(t, a[1]), gp_int_exact(t, a[2]));
}

static Value b_round(ARGS) {
    UNUSED_SELF;
    static const char *const names[] = {"number", "ndigits"};
    static const GpArgSpec spec = {"round", names, 2, 2, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value m = gp_type_lookup_cstr(v_type(a[0]), "__round__");
    if (!m) return gp_raise(t, &gp_TypeError, "type %s doesn't define __round__ method", v_type(a[0])->name);
    Value argv[2] = {a[0], a[1]};
    return gp_call(t, m, argv, a[1] && a[1] != V_NONE ? 2 : 1, VNULL);
}

/* sum(iterable, /, start=0), with CPython 3.12's compensated float sum. */
static Value b_sum(ARGS) {
    UNUSED_SELF;
    static const char *const names[] = {"iterable", "start"};
    static const GpArgSpec spec = {"sum", names, 2, 2, 1, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value result = a[1] ? a[1] : v_from_small(0);
    if (gp_is_str(result)) return gp_raise(t, &gp_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (gp_is_bytes(result)) return gp_raise(t, &gp_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (v_is_type(result, &gp_bytearray_type))
        return gp_raise(t, &gp_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    Value item = VNULL;
    if (v_is_int(result)) {
        int64_t acc = v_int(result);
        for (;;) {
            item = gp_next(t, it);
            if (!item) {
                if (t->exc) return VNULL;
                return gp_int_from_i64(t, acc);
            }
            /* As CPython, the running total stays a machine integer until
             * it overflows 64 bits, even past the 48 bits of a small int. */
            int64_t x, sum;
            int exact = v_is_int(item) ? (x = v_int(item), 1)
                                       : v_is_type(item, &gp_int_type) && gp_int_to_i64(item, &x);
            if (exact && !__builtin_add_overflow(acc, x, &sum)) {
                acc = sum;
                continue;
            }
            if (exact) {
                /* overflowed: continue with int objects */
                result = gp_int_binop(t, GP_OP_ADD, gp_int_from_i64(t, acc), item);
                if (!result) return VNULL;
                item = VNULL;
                break;
            }
            /* A float switches to the compensated float sum, as CPython. */
            result = v_is_float(item) ? v_from_float((double)acc) : gp_int_from_i64(t, acc);
            break;
        }
    }
    if (v_is_float(result)) {
        double f = v_float(result), c = 0.0;
        for (;;) {
            if (!item) item = gp_next(t, it);
            if (!item) {
                if (t->exc) return VNULL;
                if (c && isfinite(c)) f += c;
                return v_from_float(f);
            }
            double x;
            int64_t i;
            if (v_is_float(item)) x = v_float(item);
            else if (v_is_int(item) && gp_int_to_i64(item, &i)) x = (double)i;
            else break;
            double tsum = f + x;
            if (fabs(f) >= fabs(x)) c += (f - tsum) + x;
            else c += (x - tsum) + f;
            f = tsum;
            item = VNULL;
        }
        if (c && isfinite(c)) f += c;
        result = v_from_float(f);
    }
    for (;;) {
        if (!item) item = gp_next(t, it);
        if (!item) return t->exc ? VNULL : result;
        result = gp_binop(t, GP_OP_ADD, result, item);
        if (!result) return VNULL;
        item = VNULL;
    }
}

/* min() and max() */
static Value minmax(GpThread *t, const Value *args, size_t nargs, Value kw, int op, const char *name) {
    Value key = VNULL, dflt = VNULL;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = gp_tuple_items(kw)[i];
        if (gp_str_eq_cstr(k, "key")) key = args[nargs + i];
        else if (gp_str_eq_cstr(k, "default")) dflt = args[nargs + i];
        else return gp_raise(t, &gp_TypeError, "'%U' is an invalid keyword argument for %s()", k, name);
    }
    if (key == V_NONE) key = VNULL;
    if (nargs == 0) return gp_raise(t, &gp_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return gp_raise(t, &gp_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    Value it = nargs == 1 ? gp_iter(t, args[0]) : gp_tuple_from(t, args, nargs);
    if (!it) return VNULL;
    if (nargs > 1) it = gp_iter(t, it);
    if (!it) return VNULL;
    Value best = VNULL, best_key = VNULL;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) {
            if (t->exc) return VNULL;
            break;
        }
        Value kx = key ? gp_call1(t, key, x) : x;
        if (!kx) return VNULL;
        if (!best) {
            best = x;
            best_key = kx;
            continue;
        }
        int r = gp_richcmp_bool(t, kx, best_key, op);
        if (r < 0) return VNULL;
        if (r) {
            best = x;
            best_key = kx;
        }
    }
    if (!best) {
        if (dflt) return dflt;
        return gp_raise(t, &gp_ValueError, "%s() iterable argument is empty", name);
    }
    return best;
}

static Value b_min(ARGS) {
    UNUSED_SELF;
    return minmax(t, args, nargs, kw, GP_LT, "min");
}
static Value b_max(ARGS) {
    UNUSED_SELF;
    return minmax(t, args, nargs, kw, GP_GT, "max");
}

static Value b_any_all(GpThread *t, const Value *args, size_t nargs, int want, const char *name) {
    if (gp_check_nargs(t, name, nargs, 1, 1) < 0) return VNULL;
    Value it = gp_iter(t, args[0]);
    if (!it) return VNULL;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? VNULL : v_bool(!want);
        int b = gp_truthy(t, x);
        if (b < 0) return VNULL;
        if (b == want) return v_bool(want);
    }
}

static Value b_any(ARGS) {
    UNUSED_SELF;
    (void)kw;
    return b_any_all(t, args, nargs, 1, "any");
}
static Value b_all(ARGS) {
    UNUSED_SELF;
    (void)kw;
    return b_any_all(t, args, nargs, 0, "all");
}

static Value b_sorted(ARGS) {
    UNUSED_SELF;
    if (nargs != 1) {
        if (nargs == 0) return gp_raise(t, &gp_TypeError, "sorted expected 1 argument, got 0");
        return gp_raise(t, &gp_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    Value list = gp_sequence_list(t, args[0]);
    if (!list) return VNULL;
    Value sort = gp_getattr_cstr(t, list, "sort");
    if (!sort) return VNULL;
    Value r = gp_call(t, sort, args + 1, 0, kw);
    return r ? list : VNULL;
}

/* ---- namespaces */

static Value frame_locals(GpThread *t) {
    GpFrame *f = t->frame;
    if (!f) return gp_dict_new(t);
    if (f->locals) return f->locals;
    if (f->code->flags & CO_MODULE) return f->globals;
    /* A snapshot of a function's locals, as CPython 3.12's locals(). */
    Value d = gp_dict_new(t);
    if (!d) return VNULL;
    GpCode *co = f->code;
    for (uint16_t i = 0; i < co->nlocals; i++) {
        Value v = f->regs[i];
        if (v && v_is_type(v, &gp_cell_type)) v = ((GpCell *)v_obj(v))->v;
        if (v && gp_dict_set(t, d, gp_tuple_items(co->varnames)[i], v) < 0) return VNULL;
    }
    if (f->func && co->freevars) {
        GpFunc *fn = (GpFunc *)v_obj(f->func);
        for (size_t i = 0; fn->closure && i < gp_tuple_len(co->freevars); i++) {
            Value v = ((GpCell *)v_obj(gp_tuple_items(fn->closure)[i]))->v;
            if (v && gp_dict_set(t, d, gp_tuple_items(co->freevars)[i], v) < 0) return VNULL;
        }
    }
    return d;
}

static Value b_globals(ARGS) {
    UNUSED_SELF;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "globals", nargs, 0, 0) < 0) return VNULL;
    return t->frame ? t->frame->globals : gp_dict_new(t);
}

static Value b_locals(ARGS) {
    UNUSED_SELF;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "locals", nargs, 0, 0) < 0) return VNULL;
    return frame_locals(t);
}

static Value b_vars(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "vars", nargs, 0, 1) < 0) return VNULL;
    if (nargs == 0) return frame_locals(t);
    Value d = gp_getattr_opt(t, args[0], gp_str_intern_cstr(t, "__dict__"));
    if (!d && !t->exc) return gp_raise(t, &gp_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Value b_dir(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "dir", nargs, 0, 1) < 0) return VNULL;
    Value names;
    if (nargs == 0) {
        Value loc = frame_locals(t);
        if (!loc) return VNULL;
        names = gp_sequence_list(t, loc);
    } else {
        /* type(o).__dir__(o), sorted: object's, type's and module's
         * __dir__ are in obj/object_dir.c. */
        int found;
        Value r = gp_call_special(t, args[0], "__dir__", NULL, 0, &found);
        if (!found && !t->exc) return gp_raise(t, &gp_TypeError, "object does not provide __dir__");
        names = r ? gp_sequence_list(t, r) : VNULL;
    }
    if (!names || gp_list_sort(t, names, VNULL, 0) < 0) return VNULL;
    return names;
}

/* ---- exec, eval, compile */

/* The source of exec/eval/compile: a str is UTF-8 text (its coding
 * declaration is ignored); bytes are decoded by theirs (PEP 263), as
 * CPython does. */
static int source_text(GpThread *t, Value src, const char *fname, const char **s, size_t *n, SourceKind *kind) {
    if (gp_is_str(src)) {
        *s = gp_str_data(src);
        *n = gp_str_nbytes(src);
        *kind = SRC_TEXT;
    } else if (gp_is_bytes(src) || v_is_type(src, &gp_bytearray_type)) {
        const uint8_t *p = gp_bytes_like(t, src, n, fname);
        if (!p) return -1;
        *s = (const char *)p;
        *kind = SRC_BYTES;
    } else {
        return gp_raise_i(t, &gp_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    if (memchr(*s, 0, *n)) {
        Value msg = gp_str_from_cstr(t, "source code string cannot contain null bytes");
        Value args = msg ? gp_tuple_pack(t, 1, msg) : VNULL;
        Value e = args ? gp_exc_new(t, &gp_SyntaxError, args) : VNULL;
        if (e) gp_exc_restore(t, e);
        return -1;
    }
    return 0;
}

static Value run_source(GpThread *t, const Value *args, size_t nargs, Value kw, int mode, const char *fname) {
    static const char *const names[] = {"source", "globals", "locals"};
    GpArgSpec spec = {fname, names, 3, 3, 0, 1};
    Value a[3];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value globals = a[1] && a[1] != V_NONE ? a[1] : VNULL;
    Value locals = a[2] && a[2] != V_NONE ? a[2] : VNULL;
    if (globals && !gp_is_dict(globals))
        return gp_raise(t, &gp_TypeError, mode == PARSE_EVAL ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                             : "exec() globals must be a dict, not %s",
                        v_type(globals)->name);
    if (!globals) {
        GpFrame *f = t->frame;
        globals = f ? f->globals : gp_dict_new(t);
        if (!locals) locals = frame_locals(t);
    } else if (!locals) {
        locals = globals;
    }
    if (!gp_dict_get_cstr(globals, "__builtins__") &&
        gp_dict_set_cstr(t, globals, "__builtins__", t->interp->builtins_mod) < 0)
        return VNULL;
    Value code;
    if (v_is_type(a[0], &gp_code_type)) {
        code = a[0];
    } else {
        const char *s;
        size_t n;
        SourceKind kind;
        if (source_text(t, a[0], fname, &s, &n, &kind) < 0) return VNULL;
        if (mode == PARSE_EVAL)
            while (n && (*s == ' ' || *s == '\t')) s++, n--;
        code = gp_compile_source(t, s, n, "<string>", (ParseMode)mode, kind, NULL);
        if (!code) return VNULL;
    }
    GpCode *co = (GpCode *)v_obj(code);
    Value r = gp_eval_code(t, co, globals, locals == globals ? VNULL : locals);
    if (!r) return VNULL;
    return mode == PARSE_EVAL ? r : V_NONE;
}

static Value b_exec(ARGS) {
    UNUSED_SELF;
    return run_source(t, args, nargs, kw, PARSE_FILE, "exec");
}

static Value b_eval(ARGS) {
    UNUSED_SELF;
    return run_source(t, args, nargs, kw, PARSE_EVAL, "eval");
}

static Value b_compile(ARGS) {
    UNUSED_SELF;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    static const GpArgSpec spec = {"compile", names, 6, 6, 0, 3};
    Value a[6];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    const char *src;
    size_t n;
    SourceKind kind;
    if (source_text(t, a[0], "compile", &src, &n, &kind) < 0) return VNULL;
    if (!gp_is_str(a[1]) || !gp_is_str(a[2])) return gp_raise(t, &gp_TypeError, "compile() arguments must be strings");
    ParseMode mode;
    if (gp_str_eq_cstr(a[2], "exec")) mode = PARSE_FILE;
    else if (gp_str_eq_cstr(a[2], "eval")) mode = PARSE_EVAL;
    else if (gp_str_eq_cstr(a[2], "single")) mode = PARSE_SINGLE;
    else return gp_raise(t, &gp_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return gp_compile_source(t, src, n, gp_str_data(a[1]), mode, kind, NULL);
}

static Value b_import(ARGS) {
    UNUSED_SELF;
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    static const GpArgSpec spec = {"__import__", names, 5, 5, 0, 1};
    Value a[5];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (!gp_is_str(a[0])) return gp_raise(t, &gp_TypeError, "__import__() argument 1 must be str, not %s", v_type(a[0])->name);
    int64_t level = 0;
    if (a[4] && gp_as_ssize(t, a[4], &level) < 0) return VNULL;
    return gp_import(t, a[0], a[3] ? a[3] : V_NONE, (int)level, a[1] && a[1] != V_NONE ? a[1] : VNULL);
}

static Value b_exit(ARGS) {
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "exit", nargs, 0, 1) < 0) return VNULL;
    Value e = gp_exc_new(t, &gp_SystemExit, gp_tuple_from(t, args, nargs));
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

static Value b_input(ARGS) {
    extern Value gp_builtin_input(GpThread * t, const Value *args, size_t nargs);
    UNUSED_SELF;
    (void)kw;
    if (gp_check_nargs(t, "input", nargs, 0, 1) < 0) return VNULL;
    return gp_builtin_input(t, args, nargs);
}

static Value b_open(ARGS) {
    UNUSED_SELF;
    return gp_open(t, args, nargs, kw);
}

static const GpMethodDef builtin_functions[] = {
    {"print", b_print, 0},
    {"len", b_len, GP_METH_NOKW},
    {"repr", b_repr, GP_METH_NOKW},
    {"ascii", b_ascii, GP_METH_NOKW},
    {"abs", b_abs, GP_METH_NOKW},
    {"hash", b_hash, GP_METH_NOKW},
    {"id", b_id, GP_METH_NOKW},
    {"callable", b_callable, GP_METH_NOKW},
    {"isinstance", b_isinstance, GP_METH_NOKW},
    {"issubclass", b_issubclass, GP_METH_NOKW},
    {"iter", b_iter, GP_METH_NOKW},
    {"next", b_next, GP_METH_NOKW},
    {"getattr", b_getattr, GP_METH_NOKW},
    {"setattr", b_setattr, GP_METH_NOKW},
    {"delattr", b_delattr, GP_METH_NOKW},
    {"hasattr", b_hasattr, GP_METH_NOKW},
    {"ord", b_ord, GP_METH_NOKW},
    {"chr", b_chr, GP_METH_NOKW},
    {"hex", b_hex, GP_METH_NOKW},
    {"oct", b_oct, GP_METH_NOKW},
    {"bin", b_bin, GP_METH_NOKW},
    {"format", b_format, GP_METH_NOKW},
    {"divmod", b_divmod, GP_METH_NOKW},
    {"pow", b_pow, 0},
    {"round", b_round, 0},
    {"sum", b_sum, 0},
    {"min", b_min, 0},
    {"max", b_max, 0},
    {"any", b_any, GP_METH_NOKW},
    {"all", b_all, GP_METH_NOKW},
    {"sorted", b_sorted, 0},
    {"globals", b_globals, GP_METH_NOKW},
    {"locals", b_locals, GP_METH_NOKW},
    {"vars", b_vars, GP_METH_NOKW},
    {"dir", b_dir, GP_METH_NOKW},
    {"exec", b_exec, 0},
    {"eval", b_eval, 0},
    {"compile", b_compile, 0},
    {"__import__", b_import, 0},
    {"exit", b_exit, GP_METH_NOKW},
    {"quit", b_exit, GP_METH_NOKW},
    {"input", b_input, GP_METH_NOKW},
    {"open", b_open, 0},
    {"__build_class__", gp_build_class, 0},
    {NULL, NULL, 0},
};

static int builtins_init(GpThread *t, Value m) {
    extern GpType *const gp_builtin_type_table[];
    extern GpType *const gp_exception_types[];
    extern const size_t gp_exception_types_count;
    for (size_t i = 0; gp_builtin_type_table[i]; i++) {
        GpType *tp = gp_builtin_type_table[i];
        if (gp_module_add(t, m, gp_str_data(tp->name_obj), v_from_obj(tp)) < 0) return -1;
    }
    for (size_t i = 0; i < gp_exception_types_count; i++) {
        GpType *tp = gp_exception_types[i];
        if (gp_module_add(t, m, tp->name, v_from_obj(tp)) < 0) return -1;
    }
    if (gp_module_add(t, m, "EnvironmentError", v_from_obj(&gp_OSError)) < 0 ||
        gp_module_add(t, m, "IOError", v_from_obj(&gp_OSError)) < 0 ||
        gp_module_add(t, m, "None", V_NONE) < 0 || gp_module_add(t, m, "True", V_TRUE) < 0 ||
        gp_module_add(t, m, "False", V_FALSE) < 0 || gp_module_add(t, m, "Ellipsis", V_ELLIPSIS) < 0 ||
        gp_module_add(t, m, "NotImplemented", V_NOTIMPL) < 0 || gp_module_add(t, m, "__debug__", V_TRUE) < 0)
        return -1;
    return 0;
}

const GpModuleDef gp_builtins_module = {
    "builtins",
    builtin_functions,
    builtins_init,
    "Built-in functions, types, exceptions, and other objects.",
};
GP_REGISTER_MODULE(gp_builtins_module);

/* The types the builtins module exports by name. */
GpType *const gp_builtin_type_table[] = {
    &gp_object_type, &gp_type_type, &gp_int_type, &gp_bool_type, &gp_float_type, &gp_str_type,
    &gp_bytes_type, &gp_bytearray_type, &gp_list_type, &gp_tuple_type, &gp_dict_type, &gp_set_type,
    &gp_frozenset_type, &gp_range_type, &gp_slice_type, &gp_enumerate_type, &gp_zip_type, &gp_map_type,
    &gp_filter_type, &gp_reversed_type, &gp_property_type, &gp_staticmethod_type, &gp_classmethod_type,
    &gp_super_type, NULL,
};
