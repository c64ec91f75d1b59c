/* math_int.c - the math functions on exact integers: factorial, gcd,
 * lcm, isqrt, comb and perm.
 *
 * They work on obj/bignum.h numbers directly, without int objects in
 * between: products of ranges are split in halves (binary splitting) so
 * that the big multiplications are balanced, which is what makes
 * factorial(10**5) fast.
 */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/bignum.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "math_impl.h"

/* ---- ints and Bn (the mapping of obj/int.c) */

/* A Bn view of an exact int value; no allocation. */
static const Bn *view(Value v, BnSmall *tmp, Bn *big) {
    if (v_is_int(v)) return bn_small(tmp, v_int(v));
    GpInt *g = (GpInt *)v_obj(v);
    big->sign = g->sign;
    big->n = g->n;
    big->d = g->d;
    return big;
}

static Value status_error(GpThread *t, BnStatus st) {
    if (st == BN_ENEGATIVE) return gp_raise(t, &gp_ValueError, "isqrt() argument must be nonnegative");
    if (st == BN_EZERODIV) return gp_raise(t, &gp_ZeroDivisionError, "integer division or modulo by zero");
    return gp_raise_memory(t);
}

/* The int value of r, whose digits it takes over (r is left zero). */
static Value to_value(GpThread *t, BnStatus st, Bn *r) {
    if (st != BN_OK) {
        bn_free(r);
        return status_error(t, st);
    }
    int64_t i;
    if (bn_to_int64(r, &i) == BN_OK) {
        bn_free(r);
        return gp_int_from_i64(t, i);
    }
    GpInt *g = gp_alloc(t, &gp_int_type, sizeof(GpInt) + r->n * sizeof(uint32_t));
    if (!g) {
        bn_free(r);
        return VNULL;
    }
    g->sign = r->sign;
    g->n = (uint32_t)r->n;
    memcpy(g->d, r->d, r->n * sizeof(uint32_t));
    bn_free(r);
    return v_from_obj(g);
}

/* operator.index(v) as an exact int. */
static Value exact_index(GpThread *t, Value v) {
    if (v_is_int(v)) return v;
    Value i = gp_index(t, v);
    return i ? gp_int_exact(t, i) : VNULL;
}

int gp_math_int_frexp(GpThread *t, Value v, double *x, int64_t *e) {
    BnSmall tmp;
    Bn big, pow2 = BN_ZERO_INIT, one = BN_ZERO_INIT;
    const Bn *a = view(gp_int_exact(t, v), &tmp, &big);
    uint64_t bits = bn_bit_length(a);
    BnStatus st = bn_from_int64(&one, 1);
    if (st == BN_OK) st = bn_shl(&pow2, &one, bits);
    if (st == BN_OK) st = bn_truediv(a, &pow2, x);
    bn_free(&one);
    bn_free(&pow2);
    if (st != BN_OK) return status_error(t, st), -1;
    *e = (int64_t)bits;
    /* Rounding up to 1.0 renormalises, as CPython's _PyLong_Frexp. */
    if (*x == 1.0) {
        *x = 0.5;
        ++*e;
    }
    return 0;
}

/* ---- products of ranges */

/* r = top * (top - 1) * ... * (top - count + 1), count >= 1. */
static BnStatus falling_product(Bn *r, const Bn *top, uint64_t count) {
    BnStatus st;
    if (count <= 16) {
        Bn acc = BN_ZERO_INIT, cur = BN_ZERO_INIT, next = BN_ZERO_INIT;
        BnSmall one_s;
        const Bn *one = bn_small(&one_s, 1);
        st = bn_copy(&acc, top);
        if (st == BN_OK) st = bn_copy(&cur, top);
        for (uint64_t i = 1; st == BN_OK && i < count; i++) {
            st = bn_sub(&next, &cur, one);
            if (st != BN_OK) break;
            bn_free(&cur);
            cur = next;
            next = (Bn)BN_ZERO_INIT;
            Bn prod;
            st = bn_mul(&prod, &acc, &cur);
            if (st != BN_OK) break;
            bn_free(&acc);
            acc = prod;
        }
        bn_free(&cur);
        if (st != BN_OK) {
            bn_free(&acc);
            *r = (Bn)BN_ZERO_INIT;
            return st;
        }
        *r = acc;
        return BN_OK;
    }
    uint64_t half = count / 2;
    Bn left, right, mid;
    BnSmall h_s;
    st = falling_product(&left, top, half);
    if (st != BN_OK) {
        *r = (Bn)BN_ZERO_INIT;
        return st;
    }
    st = bn_sub(&mid, top, bn_small(&h_s, (int64_t)half));
    if (st == BN_OK) st = falling_product(&right, &mid, count - half);
    else right = (Bn)BN_ZERO_INIT;
    bn_free(&mid);
    if (st == BN_OK) st = bn_mul(r, &left, &right);
    else *r = (Bn)BN_ZERO_INIT;
    bn_free(&left);
    bn_free(&right);
    return st;
}

static BnStatus factorial_bn(Bn *r, uint64_t n) {
    BnSmall tmp;
    if (n < 2) return bn_from_int64(r, 1);
    return falling_product(r, bn_small(&tmp, (int64_t)n), n);
}

/* ---- the functions */

Value gp_math_factorial(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.factorial", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "math.factorial", nargs, 1, 1) < 0) return VNULL;
    Value n = exact_index(t, args[0]);
    if (!n) return VNULL;
    int64_t x;
    if (!gp_int_to_i64(n, &x)) {
        if (gp_int_sign(n) > 0)
            return gp_raise(t, &gp_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
        x = -1;
    }
    if (x < 0) return gp_raise(t, &gp_ValueError, "factorial() not defined for negative values");
    Bn r;
    return to_value(t, factorial_bn(&r, (uint64_t)x), &r);
}

Value gp_math_isqrt(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.isqrt", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "math.isqrt", nargs, 1, 1) < 0) return VNULL;
    Value n = exact_index(t, args[0]);
    if (!n) return VNULL;
    BnSmall tmp;
    Bn big, r;
    return to_value(t, bn_isqrt(&r, view(n, &tmp, &big)), &r);
}

/* gcd and lcm of any number of ints, folded left to right. */
static Value fold(GpThread *t, const Value *args, size_t nargs, int lcm) {
    Bn acc;
    BnStatus st = bn_from_int64(&acc, lcm ? 1 : 0);
    Value vals_ok = V_NONE;
    for (size_t i = 0; i < nargs && st == BN_OK; i++) {
        Value v = exact_index(t, args[i]);
        if (!v) {
            vals_ok = VNULL;
            break;
        }
        BnSmall tmp;
        Bn big, r;
        const Bn *b = view(v, &tmp, &big);
        if (i == 0) {
            st = bn_abs(&r, b);
        } else if (!lcm) {
            st = bn_gcd(&r, &acc, b);
        } else if (bn_is_zero(&acc) || bn_is_zero(b)) {
            st = bn_from_int64(&r, 0);
        } else {
            /* lcm(a, b) = |a // gcd(a, b) * b| */
            Bn g, q, p;
            st = bn_gcd(&g, &acc, b);
            if (st == BN_OK) st = bn_divmod(&q, NULL, &acc, &g);
            else q = (Bn)BN_ZERO_INIT;
            if (st == BN_OK) st = bn_mul(&p, &q, b);
            else p = (Bn)BN_ZERO_INIT;
            if (st == BN_OK) st = bn_abs(&r, &p);
            bn_free(&g);
            bn_free(&q);
            bn_free(&p);
        }
        bn_free(&acc);
        acc = st == BN_OK ? r : (Bn)BN_ZERO_INIT;
    }
    if (!vals_ok) {
        bn_free(&acc);
        return VNULL;
    }
    return to_value(t, st, &acc);
}

Value gp_math_gcd(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.gcd", kw) < 0) return VNULL;
    return fold(t, args, nargs, 0);
}

Value gp_math_lcm(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.lcm", kw) < 0) return VNULL;
    return fold(t, args, nargs, 1);
}

/* perm(n, k) and comb(n, k) once n >= k >= 0 are known. */
static Value perm_comb(GpThread *t, Value n, int64_t k, int comb) {
    BnSmall tmp;
    Bn big, p, f, q;
    if (k == 0) return v_from_small(1);
    BnStatus st = falling_product(&p, view(n, &tmp, &big), (uint64_t)k);
    if (!comb || st != BN_OK) return to_value(t, st, &p);
    st = factorial_bn(&f, (uint64_t)k);
    if (st == BN_OK) st = bn_divmod(&q, NULL, &p, &f);
    else q = (Bn)BN_ZERO_INIT;
    bn_free(&p);
    bn_free(&f);
    return to_value(t, st, &q);
}

static int check_nk(GpThread *t, Value n, Value k) {
    if (gp_int_sign(n) < 0) return gp_raise_i(t, &gp_ValueError, "n must be a non-negative integer");
    if (gp_int_sign(k) < 0) return gp_raise_i(t, &gp_ValueError, "k must be a non-negative integer");
    return 0;
}

Value gp_math_perm(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.perm", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "perm", nargs, 1, 2) < 0) return VNULL;
    if (nargs == 1 || args[1] == V_NONE) return gp_math_factorial(t, self, args, 1, VNULL);
    Value n = exact_index(t, args[0]), k = n ? exact_index(t, args[1]) : VNULL;
    if (!k || check_nk(t, n, k) < 0) return VNULL;
    if (gp_int_cmp(n, k) < 0) return v_from_small(0);
    int64_t ki;
    if (!gp_int_to_i64(k, &ki))
        return gp_raise(t, &gp_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    return perm_comb(t, n, ki, 0);
}

Value gp_math_comb(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.comb", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "comb", nargs, 2, 2) < 0) return VNULL;
    Value n = exact_index(t, args[0]), k = n ? exact_index(t, args[1]) : VNULL;
    if (!k || check_nk(t, n, k) < 0) return VNULL;
    if (gp_int_cmp(n, k) < 0) return v_from_small(0);
    /* comb(n, k) == comb(n, n - k): take the smaller. */
    Value nk = gp_int_binop(t, GP_OP_SUB, n, k);
    if (!nk) return VNULL;
    if (gp_int_cmp(nk, k) < 0) k = nk;
    int64_t ki;
    if (!gp_int_to_i64(k, &ki))
        return gp_raise(t, &gp_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    return perm_comb(t, n, ki, 1);
}
