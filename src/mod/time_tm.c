/* time_tm.c - broken-down times: struct_time, gmtime, localtime,
 * strftime, asctime, ctime and mktime.
 *
 * struct_time is a tuple subclass of 9 items, with tm_zone and tm_gmtoff
 * kept in two extra slots after them (attributes only, as in CPython).
 * Tuples become a struct tm as CPython's gettmarg and checktm make them,
 * so strftime is handed exactly what CPython hands the C library.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "time_impl.h"

/* ---- struct_time */

#define ST_FIELDS 9
#define ST_SLOTS 11

static const char *const st_names[ST_SLOTS] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",   "tm_sec",
                                               "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

static Value st_alloc(GpThread *t, const Value *items, size_t n) {
    GpTuple *st = gp_alloc(t, &gp_struct_time_type, sizeof(GpTuple) + ST_SLOTS * sizeof(Value));
    if (!st) return VNULL;
    st->n = ST_FIELDS;
    for (size_t i = 0; i < ST_SLOTS; i++) st->items[i] = i < n ? items[i] : V_NONE;
    return v_from_obj(st);
}

static Value st_from_tm(GpThread *t, const struct tm *tm) {
    Value items[ST_SLOTS] = {
        gp_int_from_i64(t, (int64_t)tm->tm_year + 1900),
        v_from_small(tm->tm_mon + 1),
        v_from_small(tm->tm_mday),
        v_from_small(tm->tm_hour),
        v_from_small(tm->tm_min),
        v_from_small(tm->tm_sec),
        v_from_small((tm->tm_wday + 6) % 7),
        v_from_small(tm->tm_yday + 1),
        v_from_small(tm->tm_isdst),
        tm->tm_zone ? gp_str_from_cstr(t, tm->tm_zone) : V_NONE,
        gp_int_from_i64(t, tm->tm_gmtoff),
    };
    if (!items[0] || !items[9] || !items[10]) return VNULL;
    return st_alloc(t, items, ST_SLOTS);
}

static Value st_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    if (gp_check_no_kw(t, "time.struct_time", kw) < 0 || gp_check_nargs(t, "time.struct_time", nargs, 1, 1) < 0)
        return VNULL;
    Value seq = gp_sequence_tuple(t, args[0]);
    if (!seq) {
        if (!gp_exc_matches(t, &gp_TypeError)) return VNULL;
        gp_exc_clear(t);
        return gp_raise(t, &gp_TypeError, "constructor requires a sequence");
    }
    size_t n = gp_tuple_len(seq);
    if (n < ST_FIELDS)
        return gp_raise(t, &gp_TypeError, "time.struct_time() takes an at least 9-sequence (%zu-sequence given)", n);
    if (n > ST_SLOTS)
        return gp_raise(t, &gp_TypeError, "time.struct_time() takes an at most 11-sequence (%zu-sequence given)", n);
    return st_alloc(t, gp_tuple_items(seq), n);
}

static Value st_repr(GpThread *t, Value self) {
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_puts(&b, "time.struct_time(");
    for (size_t i = 0; i < ST_FIELDS; i++) {
        gp_buf_printf(&b, "%s%s=", i ? ", " : "", st_names[i]);
        if (gp_buf_put_repr(t, &b, gp_tuple_items(self)[i]) < 0) {
            gp_buf_free(&b);
            return VNULL;
        }
    }
    gp_buf_putc(&b, ')');
    return gp_buf_finish_str(t, &b);
}

static void st_trace(GpGc *gc, GpObj *self) { gc_mark_range(gc, ((GpTuple *)self)->items, ST_SLOTS); }

#define ST_GETTER(i)                                                                               \
    static Value st_get_##i(GpThread *t, Value self) {                                             \
        (void)t;                                                                                   \
        return gp_tuple_items(self)[i];                                                            \
    }
ST_GETTER(0)
ST_GETTER(1)
ST_GETTER(2)
ST_GETTER(3)
ST_GETTER(4)
ST_GETTER(5)
ST_GETTER(6)
ST_GETTER(7)
ST_GETTER(8)
ST_GETTER(9)
ST_GETTER(10)

static const GpGetSetDef st_getsets[] = {
    {"tm_year", st_get_0, NULL},  {"tm_mon", st_get_1, NULL},   {"tm_mday", st_get_2, NULL},
    {"tm_hour", st_get_3, NULL},  {"tm_min", st_get_4, NULL},   {"tm_sec", st_get_5, NULL},
    {"tm_wday", st_get_6, NULL},  {"tm_yday", st_get_7, NULL},  {"tm_isdst", st_get_8, NULL},
    {"tm_zone", st_get_9, NULL},  {"tm_gmtoff", st_get_10, NULL}, {NULL, NULL, NULL},
};

GpType gp_struct_time_type = {
    .hdr = {&gp_type_type},
    .name = "time.struct_time",
    .base = &gp_tuple_type,
    .repr = st_repr,
    .new_ = st_new,
    .trace = st_trace,
    .getsets = st_getsets,
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           " accepted by asctime(), mktime() and strftime().",
};
GP_REGISTER_TYPE(gp_struct_time_type);

/* ---- broken-down times */

/* A timestamp argument (None: now), floored to whole seconds. */
static int timestamp_arg(GpThread *t, const Value *args, size_t nargs, time_t *out) {
    if (!nargs || args[0] == V_NONE) {
        *out = time(NULL);
        return 0;
    }
    Value v = args[0];
    if (gp_is_float(v)) {
        double d = gp_float_value(v);
        if (isnan(d)) return gp_raise_i(t, &gp_ValueError, "Invalid value NaN (not a number)");
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) return gp_time_overflow(t), -1;
        *out = (time_t)d;
        return 0;
    }
    Value i = gp_index(t, v);
    if (!i) return -1;
    int64_t s;
    if (!gp_int_to_i64(i, &s)) return gp_time_overflow(t), -1;
    *out = (time_t)s;
    return 0;
}

static Value broken_down(GpThread *t, const Value *args, size_t nargs, const char *name, int local) {
    time_t when;
    struct tm tm;
    if (gp_check_nargs(t, name, nargs, 0, 1) < 0 || timestamp_arg(t, args, nargs, &when) < 0) return VNULL;
    errno = 0;
    if (!(local ? localtime_r(&when, &tm) : gmtime_r(&when, &tm))) return gp_raise_errno(t, errno ? errno : EINVAL, VNULL);
    return st_from_tm(t, &tm);
}

Value gp_time_gmtime(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "gmtime", kw) < 0) return VNULL;
    return broken_down(t, args, nargs, "gmtime", 0);
}

Value gp_time_localtime(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "localtime", kw) < 0) return VNULL;
    return broken_down(t, args, nargs, "localtime", 1);
}

/* A struct_time or 9-tuple as a struct tm, as CPython's gettmarg: the
 * zone fields come only from a struct_time. */
static int tuple_to_tm(GpThread *t, Value v, struct tm *tm, const char *errmsg) {
    memset(tm, 0, sizeof *tm);
    if (!gp_is_tuple(v)) return gp_raise_i(t, &gp_TypeError, "Tuple or struct_time argument required");
    if (gp_tuple_len(v) != ST_FIELDS) return gp_raise_i(t, &gp_TypeError, "%s", errmsg);
    int f[ST_FIELDS];
    for (size_t i = 0; i < ST_FIELDS; i++) {
        Value x = gp_tuple_items(v)[i];
        if (gp_is_float(x)) return gp_raise_i(t, &gp_TypeError, "'float' object cannot be interpreted as an integer");
        Value iv = gp_index(t, x);
        int64_t n;
        if (!iv || gp_int_as_i64(t, iv, &n) < 0) return -1;
        if (n > INT_MAX || n < INT_MIN) return gp_raise_i(t, &gp_OverflowError, "signed integer is greater than maximum");
        f[i] = (int)n;
    }
    if (f[0] < INT_MIN + 1900) return gp_raise_i(t, &gp_OverflowError, "year out of range");
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    if (v_is_type(v, &gp_struct_time_type)) {
        Value zone = gp_tuple_items(v)[9], off = gp_tuple_items(v)[10];
        if (gp_is_str(zone)) tm->tm_zone = gp_str_data(zone);
        int64_t o;
        if (gp_is_int(off) && gp_int_to_i64(off, &o)) tm->tm_gmtoff = (long)o;
    }
    return 0;
}

/* CPython's checktm: ranges, with 0 month/day/yday meaning the first. */
static int check_tm(GpThread *t, struct tm *tm) {
    const char *bad = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) bad = "month out of range";
    if (!bad) {
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        else if (tm->tm_mday < 0 || tm->tm_mday > 31) bad = "day of month out of range";
    }
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23)) bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59)) bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61)) bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0) bad = "day of week out of range";
    if (!bad) {
        if (tm->tm_yday == -1) tm->tm_yday = 0;
        else if (tm->tm_yday < 0 || tm->tm_yday > 365) bad = "day of year out of range";
    }
    return bad ? gp_raise_i(t, &gp_ValueError, "%s", bad) : 0;
}

/* The time tuple argument at args[i], or the local time now. */
static int tm_arg(GpThread *t, const Value *args, size_t nargs, size_t i, struct tm *tm, const char *errmsg) {
    if (nargs > i) return tuple_to_tm(t, args[i], tm, errmsg) < 0 || check_tm(t, tm) < 0 ? -1 : 0;
    time_t now = time(NULL);
    if (!localtime_r(&now, tm)) return gp_raise_errno(t, errno, VNULL), -1;
    return 0;
}

Value gp_time_strftime(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "strftime", kw) < 0) return VNULL;
    struct tm tm;
    if (gp_check_nargs(t, "strftime", nargs, 1, 2) < 0) return VNULL;
    if (!gp_is_str(args[0]))
        return gp_raise(t, &gp_TypeError, "strftime() argument 1 must be str, not %s",
                        args[0] == V_NONE ? "None" : v_type(args[0])->name);
    if (tm_arg(t, args, nargs, 1, &tm, "strftime(): illegal time tuple argument") < 0) return VNULL;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    const char *fmt = gp_str_data(args[0]);
    size_t fmtlen = gp_str_nbytes(args[0]);
    if (strlen(fmt) != fmtlen) return gp_raise(t, &gp_ValueError, "embedded null character");
    /* strftime returns 0 both for "too small" and for an empty result:
     * grow until the buffer is clearly big enough, as CPython does. */
    for (size_t size = 1024;; size *= 2) {
        char *buf = malloc(size);
        if (!buf) return gp_raise_memory(t);
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * fmtlen) {
            Value s = gp_str_decode_utf8(t, buf, n, "surrogateescape");
            free(buf);
            return s;
        }
        free(buf);
    }
}

static Value format_asctime(GpThread *t, const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return gp_format(t, "%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday], mon[tm->tm_mon], tm->tm_mday, tm->tm_hour,
                     tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
}

Value gp_time_asctime(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "asctime", kw) < 0) return VNULL;
    struct tm tm;
    if (gp_check_nargs(t, "asctime", nargs, 0, 1) < 0) return VNULL;
    if (tm_arg(t, args, nargs, 0, &tm, "asctime(): illegal time tuple argument") < 0) return VNULL;
    return format_asctime(t, &tm);
}

Value gp_time_ctime(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "ctime", kw) < 0) return VNULL;
    time_t when;
    struct tm tm;
    if (gp_check_nargs(t, "ctime", nargs, 0, 1) < 0 || timestamp_arg(t, args, nargs, &when) < 0) return VNULL;
    errno = 0;
    if (!localtime_r(&when, &tm)) return gp_raise_errno(t, errno ? errno : EINVAL, VNULL);
    return format_asctime(t, &tm);
}

Value gp_time_mktime(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "time.mktime", kw) < 0) return VNULL;
    struct tm tm;
    if (gp_check_nargs(t, "time.mktime", nargs, 1, 1) < 0) return VNULL;
    if (tuple_to_tm(t, args[0], &tm, "mktime(): illegal time tuple argument") < 0) return VNULL;
    tm.tm_wday = -1; /* mktime sets it on success: the only reliable error test */
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1) return gp_raise(t, &gp_OverflowError, "mktime argument out of range");
    return v_from_float((double)r);
}
