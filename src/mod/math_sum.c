/* math_sum.c - fsum, prod, hypot and dist.
 *
 * fsum keeps Shewchuk's list of non-overlapping partial sums, so the sum
 * is exact until the final rounding (half-even across partials, as
 * CPython's). hypot and dist compute the norm the way CPython's
 * vector_norm does -- power-of-two scaling, Veltkamp-Dekker squaring,
 * compensated summation and a corrected square root -- so the last digit
 * printed is the same.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "math_impl.h"

static int item_double(GpThread *t, Value v, double *out) {
    if (v_is_float(v)) {
        *out = v_float(v);
        return 0;
    }
    return gp_as_double(t, v, out);
}

Value gp_math_fsum(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.fsum", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "math.fsum", nargs, 1, 1) < 0) return VNULL;
    Value it = gp_iter(t, args[0]);
    if (!it) return VNULL;
    size_t n = 0, cap = 32;
    double *p = malloc(cap * sizeof *p);
    if (!p) return gp_raise_memory(t);
    double special_sum = 0.0, inf_sum = 0.0;
    /* volatile: no extended precision or reassociation may touch the
     * error-free transformations. */
    volatile double hi, yr, lo = 0.0;
    Value result = VNULL;
    for (;;) {
        Value item = gp_next(t, it);
        if (!item) {
            if (t->exc) goto done;
            break;
        }
        double x, y, xsave;
        if (item_double(t, item, &x) < 0) goto done;
        xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                double tmp = x;
                x = y;
                y = tmp;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            /* From an inf or nan summand, or from overflow of finite ones. */
            if (isfinite(xsave)) {
                gp_raise(t, &gp_OverflowError, "intermediate overflow in fsum");
                goto done;
            }
            if (isinf(xsave)) inf_sum += xsave;
            special_sum += xsave;
            n = 0;
        } else {
            if (n == cap) {
                double *np = realloc(p, 2 * cap * sizeof *p);
                if (!np) {
                    gp_raise_memory(t);
                    goto done;
                }
                p = np;
                cap *= 2;
            }
            p[n++] = x;
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) gp_raise(t, &gp_ValueError, "-inf + inf in fsum");
        else result = v_from_float(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* Add the partials from the top until the sum becomes inexact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Half-even rounding across partials: if the rest pushes lo past
         * the halfway point, round hi away. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    result = v_from_float(hi);
done:
    free(p);
    return result;
}

Value gp_math_prod(MATH_ARGS) {
    (void)self;
    static const char *const names[] = {"iterable", "start"};
    static const GpArgSpec spec = {"prod", names, 2, 1, 1, 1};
    Value a[2];
    if (nargs != 1)
        return gp_raise(t, &gp_TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    Value acc = a[1] ? a[1] : v_from_small(1);
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? VNULL : acc;
        acc = gp_binop(t, GP_OP_MUL, acc, x);
        if (!acc) return VNULL;
    }
}

/* sqrt(sum(x*x for x in v)) for |v[i]| <= max, see the file comment. */
static double vector_norm(size_t n, const double *v, double max, int found_nan) {
    const double T27 = 134217729.0; /* 2**27 + 1: the Veltkamp-Dekker splitter */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, t, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* Too small to scale by a power of two: divide by max instead. */
        for (size_t i = 0; i < n; i++) {
            x = v[i] / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = v[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* One Newton step on the square root, with h*h computed exactly. */
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

Value gp_math_hypot(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.hypot", kw) < 0) return VNULL;
    double stack[16] = {0}, *v = nargs > 16 ? calloc(nargs, sizeof *v) : stack;
    if (!v) return gp_raise_memory(t);
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (item_double(t, args[i], &x) < 0) {
            if (v != stack) free(v);
            return VNULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(nargs, v, max, found_nan);
    if (v != stack) free(v);
    return v_from_float(r);
}

Value gp_math_dist(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.dist", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "dist", nargs, 2, 2) < 0) return VNULL;
    Value p = gp_is_tuple(args[0]) ? args[0] : gp_sequence_tuple(t, args[0]);
    if (!p) return VNULL;
    Value q = gp_is_tuple(args[1]) ? args[1] : gp_sequence_tuple(t, args[1]);
    if (!q) return VNULL;
    size_t n = gp_tuple_len(p);
    if (gp_tuple_len(q) != n)
        return gp_raise(t, &gp_ValueError, "both points must have the same number of dimensions");
    double stack[16] = {0}, *v = n > 16 ? calloc(n, sizeof *v) : stack;
    if (!v) return gp_raise_memory(t);
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (item_double(t, gp_tuple_items(p)[i], &px) < 0 || item_double(t, gp_tuple_items(q)[i], &qx) < 0) {
            if (v != stack) free(v);
            return VNULL;
        }
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    double r = vector_norm(n, v, max, found_nan);
    if (v != stack) free(v);
    return v_from_float(r);
}
