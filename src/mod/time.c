/* time.c - the time module: clocks, sleep, and broken-down times.
 *
 * Clocks read clock_gettime and convert nanoseconds to float seconds the
 * way CPython does (one division by 1e9), so time() and perf_counter()
 * have the same resolution. sleep() waits on an absolute CLOCK_MONOTONIC
 * deadline with the GIL released: after a signal (EINTR) the handlers
 * run and the same deadline is waited for again, so the total sleep is
 * what was asked, as PEP 475 requires.
 *
 * Broken-down times (struct_time, strftime, ...) are in time_tm.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "time_impl.h"

#define NS_PER_SEC INT64_C(1000000000)

/* ---- clocks */

static int clock_ns(GpThread *t, clockid_t id, int64_t *out) {
    struct timespec ts;
    if (clock_gettime(id, &ts) < 0) return gp_raise_errno(t, errno, VNULL), -1;
    *out = (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
    return 0;
}

static double ns_to_seconds(int64_t ns) {
    if (ns % NS_PER_SEC == 0) return (double)(ns / NS_PER_SEC);
    return (double)ns / 1e9;
}

static Value clock_float(GpThread *t, clockid_t id, size_t nargs, const char *name) {
    int64_t ns;
    if (gp_check_nargs(t, name, nargs, 0, 0) < 0 || clock_ns(t, id, &ns) < 0) return VNULL;
    return v_from_float(ns_to_seconds(ns));
}

static Value clock_int(GpThread *t, clockid_t id, size_t nargs, const char *name) {
    int64_t ns;
    if (gp_check_nargs(t, name, nargs, 0, 0) < 0 || clock_ns(t, id, &ns) < 0) return VNULL;
    return gp_int_from_i64(t, ns);
}

#define CLOCK_FUNCS(name, id)                                                                      \
    static Value m_##name(ARGS) {                                                                  \
        (void)self;                                                                                \
        (void)args;                                                                                \
        if (gp_check_no_kw(t, "time." #name, kw) < 0) return VNULL;                               \
        return clock_float(t, id, nargs, "time." #name);                                           \
    }                                                                                              \
    static Value m_##name##_ns(ARGS) {                                                             \
        (void)self;                                                                                \
        (void)args;                                                                                \
        if (gp_check_no_kw(t, "time." #name "_ns", kw) < 0) return VNULL;                          \
        return clock_int(t, id, nargs, "time." #name "_ns");                                       \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* ---- sleep */

Value gp_time_overflow(GpThread *t) {
    return gp_raise(t, &gp_OverflowError, "timestamp out of range for platform time_t");
}

/* Seconds (int or float) as nanoseconds, rounded up as CPython rounds
 * timeouts. */
static int seconds_to_ns(GpThread *t, Value v, int64_t *out) {
    if (gp_is_float(v)) {
        double d = gp_float_value(v);
        if (isnan(d)) return gp_raise_i(t, &gp_ValueError, "Invalid value NaN (not a number)");
        d = d >= 0 ? ceil(d * 1e9) : floor(d * 1e9);
        if (!(d >= -9.2e18 && d <= 9.2e18)) return gp_time_overflow(t), -1;
        *out = (int64_t)d;
        return 0;
    }
    Value i = gp_index(t, v);
    if (!i) return -1;
    int64_t s;
    if (!gp_int_to_i64(i, &s) || s > INT64_MAX / NS_PER_SEC || s < INT64_MIN / NS_PER_SEC)
        return gp_raise_i(t, &gp_OverflowError, "timestamp too large to convert to C _PyTime_t");
    *out = s * NS_PER_SEC;
    return 0;
}

static Value m_sleep(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "time.sleep", kw) < 0) return VNULL;
    int64_t ns = 0, now = 0;
    if (gp_check_nargs(t, "time.sleep", nargs, 1, 1) < 0 || seconds_to_ns(t, args[0], &ns) < 0) return VNULL;
    if (ns < 0) return gp_raise(t, &gp_ValueError, "sleep length must be non-negative");
    if (clock_ns(t, CLOCK_MONOTONIC, &now) < 0) return VNULL;
    int64_t end = ns > INT64_MAX - now ? INT64_MAX : now + ns;
    struct timespec deadline = {(time_t)(end / NS_PER_SEC), (long)(end % NS_PER_SEC)};
    for (;;) {
        gp_blocking_begin(t);
        int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        gp_blocking_end(t);
        if (err == 0) return V_NONE;
        if (err != EINTR) return gp_raise_errno(t, err, VNULL);
        if (gp_blocking_eintr(t) < 0) return VNULL;
    }
}

/* ---- the module */

/* strptime(string[, format]): the parsing is _strptime._strptime_time,
 * in Python (lib/_strptime.py), as in CPython. */
static Value m_strptime(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (kw && gp_tuple_len(kw)) return gp_raise(t, &gp_TypeError, "strptime() takes no keyword arguments");
    Value name = gp_str_from_cstr(t, "_strptime");
    Value mod = name ? gp_import(t, name, V_NONE, 0, VNULL) : VNULL;
    Value fn = mod ? gp_getattr_cstr(t, mod, "_strptime_time") : VNULL;
    return fn ? gp_call(t, fn, args, nargs, VNULL) : VNULL;
}

static const GpMethodDef time_methods[] = {
    {"time", m_time, 0},
    {"time_ns", m_time_ns, 0},
    {"monotonic", m_monotonic, 0},
    {"monotonic_ns", m_monotonic_ns, 0},
    {"perf_counter", m_perf_counter, 0},
    {"perf_counter_ns", m_perf_counter_ns, 0},
    {"process_time", m_process_time, 0},
    {"process_time_ns", m_process_time_ns, 0},
    {"thread_time", m_thread_time, 0},
    {"thread_time_ns", m_thread_time_ns, 0},
    {"sleep", m_sleep, 0},
    {"gmtime", gp_time_gmtime, 0},
    {"localtime", gp_time_localtime, 0},
    {"strftime", gp_time_strftime, 0},
    {"asctime", gp_time_asctime, 0},
    {"ctime", gp_time_ctime, 0},
    {"mktime", gp_time_mktime, 0},
    {"strptime", m_strptime, 0},
    {NULL, NULL, 0},
};

/* timezone, altzone, daylight and tzname from the local offsets in
 * January and July of this year, as CPython computes them on glibc. */
static int add_timezone(GpThread *t, Value m) {
    const time_t year = (365 * 24 + 6) * 3600;
    time_t when = (time(NULL) / year) * year;
    struct tm jan, jul;
    tzset();
    if (!localtime_r(&when, &jan)) return gp_raise_errno(t, errno, VNULL), -1;
    when += year / 2;
    if (!localtime_r(&when, &jul)) return gp_raise_errno(t, errno, VNULL), -1;
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    char janname[10] = "", julname[10] = "";
    if (jan.tm_zone) snprintf(janname, sizeof janname, "%s", jan.tm_zone);
    if (jul.tm_zone) snprintf(julname, sizeof julname, "%s", jul.tm_zone);
    /* In the southern hemisphere summer time is in January. */
    int south = janzone < julzone;
    Value names = gp_tuple_pack(t, 2, gp_str_from_cstr(t, south ? julname : janname),
                                gp_str_from_cstr(t, south ? janname : julname));
    if (!names) return -1;
    if (gp_module_add_int(t, m, "timezone", south ? julzone : janzone) < 0 ||
        gp_module_add_int(t, m, "altzone", south ? janzone : julzone) < 0 ||
        gp_module_add_int(t, m, "daylight", janzone != julzone) < 0 || gp_module_add(t, m, "tzname", names) < 0)
        return -1;
    return 0;
}

static int time_init(GpThread *t, Value m) {
    if (gp_module_add(t, m, "struct_time", v_from_obj(&gp_struct_time_type)) < 0) return -1;
    return add_timezone(t, m);
}

const GpModuleDef gp_time_module = {
    "time",
    time_methods,
    time_init,
    "This module provides various functions to manipulate time values.",
};
GP_REGISTER_MODULE(gp_time_module);
