/* math_sumprod.c - math.sumprod(p, q), CPython 3.12's three lanes.
 *
 * Pairs are consumed in order. While they are exact ints whose products
 * and running sum fit in 64 bits, they are summed as C integers; the
 * first pair that does not fit closes that lane for good (its subtotal
 * joins the total). Then, while pairs are floats (or a float and an exact
 * int or bool), products are accumulated in triple-length floating point
 * (the Ogita-Rump-Oishi dot product: error-free products by fma and
 * error-free sums) and rounded once when that lane closes. Any other pair
 * goes through Python's * and +. Reproducing the lanes reproduces
 * CPython's rounding, which a plain sum of products would not. */
#include <math.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "math_impl.h"

typedef struct { double hi, lo; } Double2;
typedef struct { double hi, lo, tiny; } Double3;

/* a + b == s.hi + s.lo exactly (Knuth's TwoSum). */
static Double2 two_sum(double a, double b) {
    double x = a + b, z = x - a;
    return (Double2){x, (a - (x - z)) + (b - z)};
}

/* x * y == p.hi + p.lo exactly. */
static Double2 two_prod(double x, double y) {
    double z = x * y;
    return (Double2){z, fma(x, y, -z)};
}

/* total + x * y, kept in three parts (SumKVert with K = 3). */
static Double3 triple_fma(double x, double y, Double3 total) {
    Double2 pr = two_prod(x, y);
    Double2 sm = two_sum(total.hi, pr.hi);
    Double2 r1 = two_sum(total.lo, pr.lo);
    Double2 r2 = two_sum(r1.hi, sm.lo);
    return (Double3){sm.hi, r2.hi, total.tiny + r1.lo + r2.lo};
}

static double triple_round(Double3 total) {
    Double2 last = two_sum(total.lo, total.hi);
    return total.tiny + last.lo + last.hi;
}

static int exact_int(Value v) { return v_is_int(v) || v_is_type(v, &gp_int_type); }

/* A pair for the float lane: two floats, or a float with an exact int or
 * a bool (that converts to a double). */
static int float_pair(GpThread *t, Value p, Value q, double *x, double *y) {
    int pf = v_is_float(p), qf = v_is_float(q); /* exact floats are always immediates */
    if (pf && qf) {
        *x = v_float(p);
        *y = v_float(q);
        return 1;
    }
    Value f = pf ? p : q, n = pf ? q : p;
    if (!(pf || qf) || !(exact_int(n) || v_is_type(n, &gp_bool_type))) return 0;
    double d;
    if (gp_int_to_double(t, n, &d) < 0) {
        gp_exc_clear(t); /* too large: the generic lane takes it */
        return 0;
    }
    *(pf ? x : y) = v_float(f);
    *(pf ? y : x) = d;
    return 1;
}

Value gp_math_sumprod(MATH_ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_positional(t, "sumprod", nargs, 2, 2) < 0) return VNULL;
    Value pit = gp_iter(t, args[0]);
    Value qit = pit ? gp_iter(t, args[1]) : VNULL;
    if (!qit) return VNULL;
    Value total = v_from_small(0);
    int int_lane = 1, int_used = 0, flt_lane = 1, flt_used = 0;
    int64_t int_total = 0;
    Double3 flt_total = {0.0, 0.0, 0.0};
    for (;;) {
        Value p = gp_next(t, pit);
        if (!p && t->exc) return VNULL;
        Value q = gp_next(t, qit);
        if (!q && t->exc) return VNULL;
        if (!p != !q) return gp_raise(t, &gp_ValueError, "Inputs are not the same length");
        int finished = !p;
        if (int_lane) {
            int64_t a, b, prod, sum;
            if (!finished && exact_int(p) && exact_int(q) && gp_int_to_i64(p, &a) && gp_int_to_i64(q, &b) &&
                !__builtin_mul_overflow(a, b, &prod) && !__builtin_add_overflow(int_total, prod, &sum)) {
                int_total = sum;
                int_used = 1;
                continue;
            }
            int_lane = 0;
            if (int_used) {
                Value sub = gp_int_from_i64(t, int_total);
                if (!sub || !(total = gp_binop(t, GP_OP_ADD, total, sub))) return VNULL;
                int_used = 0;
            }
        }
        if (flt_lane) {
            double x, y;
            if (!finished && float_pair(t, p, q, &x, &y)) {
                Double3 next = triple_fma(x, y, flt_total);
                if (isfinite(next.hi)) {
                    flt_total = next;
                    flt_used = 1;
                    continue;
                }
            }
            flt_lane = 0;
            if (flt_used) {
                Value sub = v_from_float(triple_round(flt_total));
                if (!(total = gp_binop(t, GP_OP_ADD, total, sub))) return VNULL;
                flt_used = 0;
            }
        }
        if (finished) return total;
        Value term = gp_binop(t, GP_OP_MUL, p, q);
        if (!term || !(total = gp_binop(t, GP_OP_ADD, total, term))) return VNULL;
    }
}
