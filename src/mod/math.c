/* math.c - the math module: float functions, constants and the module
 * table (integer functions in math_int.c, sums and norms in math_sum.c).
 *
 * Errors follow CPython's rules for libm results ("spirit of 754"): a NaN
 * from non-NaN arguments is ValueError("math domain error"), an infinity
 * from finite arguments is OverflowError("math range error") where the
 * function can overflow and ValueError at a singularity.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "math_impl.h"

static const double PI = 3.141592653589793238462643383279502884197;

static Value domain_error(GpThread *t) { return gp_raise(t, &gp_ValueError, "math domain error"); }
static Value range_error(GpThread *t) { return gp_raise(t, &gp_OverflowError, "math range error"); }

/* errno after a libm call: 1 with an exception set, or 0 when the error
 * is only an underflow (ERANGE with a result below 1.5 in size). */
static int is_error(GpThread *t, double r) {
    if (errno == EDOM) {
        domain_error(t);
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5) return 0;
        range_error(t);
        return 1;
    }
    gp_raise_errno(t, errno, VNULL);
    return 1;
}

static int arg_double(GpThread *t, Value v, double *out) {
    if (v_is_float(v)) {
        *out = v_float(v);
        return 0;
    }
    return gp_as_double(t, v, out);
}

/* ---- functions with special values decided here, not by libm */

static double atan2_fn(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * PI : 0.75 * PI, y);
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.) return copysign(1., x) == 1. ? copysign(0., y) : copysign(PI, y);
    return atan2(y, x);
}

/* log, log2 and log10 with their special values made explicit. */
static double log_special(double x, double (*f)(double)) {
    if (isfinite(x)) {
        if (x > 0.0) return f(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}
static double log_e(double x) { return log_special(x, log); }
static double log_2(double x) { return log_special(x, log2); }
static double log_10(double x) { return log_special(x, log10); }

/* ---- wrappers */

/* One float argument, result checked as CPython's math_1. */
static Value math_1(GpThread *t, const Value *a, size_t n, const char *name, double (*f)(double), int can_overflow) {
    double x, r;
    if (gp_check_nargs(t, name, n, 1, 1) < 0 || arg_double(t, a[0], &x) < 0) return VNULL;
    errno = 0;
    r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(t);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(t) : domain_error(t);
    if (isfinite(r) && errno && is_error(t, r)) return VNULL;
    return v_from_float(r);
}

/* One float argument, for functions that set errno themselves. */
static Value math_1a(GpThread *t, const Value *a, size_t n, const char *name, double (*f)(double)) {
    double x, r;
    if (gp_check_nargs(t, name, n, 1, 1) < 0 || arg_double(t, a[0], &x) < 0) return VNULL;
    errno = 0;
    r = f(x);
    if (errno && is_error(t, r)) return VNULL;
    return v_from_float(r);
}

static int two_doubles(GpThread *t, const Value *a, size_t n, const char *name, double *x, double *y) {
    if (gp_check_nargs(t, name, n, 2, 2) < 0) return -1;
    if (arg_double(t, a[0], x) < 0 || arg_double(t, a[1], y) < 0) return -1;
    return 0;
}

static Value math_2(GpThread *t, const Value *a, size_t n, const char *name, double (*f)(double, double)) {
    double x, y;
    if (two_doubles(t, a, n, name, &x, &y) < 0) return VNULL;
    double r = f(x, y);
    errno = 0;
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(t, r)) return VNULL;
    return v_from_float(r);
}

#define FUNC1(name, f, over)                                                                       \
    static Value m_##name(MATH_ARGS) {                                                             \
        (void)self;                                                                                \
        if (gp_check_no_kw(t, "math." #name, kw) < 0) return VNULL;                                \
        return math_1(t, args, nargs, "math." #name, f, over);                                     \
    }
#define FUNC1A(name, f)                                                                            \
    static Value m_##name(MATH_ARGS) {                                                             \
        (void)self;                                                                                \
        if (gp_check_no_kw(t, "math." #name, kw) < 0) return VNULL;                                \
        return math_1a(t, args, nargs, "math." #name, f);                                          \
    }
#define FUNC2(name, f)                                                                             \
    static Value m_##name(MATH_ARGS) {                                                             \
        (void)self;                                                                                \
        if (gp_check_no_kw(t, "math." #name, kw) < 0) return VNULL;                                \
        return math_2(t, args, nargs, #name, f);                                                   \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(log1p, log1p, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1A(gamma, gp_math_gamma)
FUNC1A(lgamma, gp_math_lgamma)
FUNC2(atan2, atan2_fn)
FUNC2(copysign, copysign)
FUNC2(remainder, remainder)

/* ---- logarithms: ints of any size are handled exactly */

static Value log_of(GpThread *t, Value v, double (*f)(double)) {
    if (gp_is_int(v)) {
        if (gp_int_sign(v) <= 0) return domain_error(t);
        double x;
        if (gp_int_to_double(t, v, &x) == 0) return v_from_float(f(x));
        if (!gp_exc_matches(t, &gp_OverflowError)) return VNULL;
        gp_exc_clear(t);
        int64_t e;
        if (gp_math_int_frexp(t, v, &x, &e) < 0) return VNULL;
        return v_from_float(f(x) + f(2.0) * (double)e);
    }
    return math_1(t, &v, 1, "log", f, 0);
}

static Value m_log(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.log", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "log", nargs, 1, 2) < 0) return VNULL;
    Value num = log_of(t, args[0], log_e);
    if (!num || nargs == 1) return num;
    Value den = log_of(t, args[1], log_e);
    if (!den) return VNULL;
    if (v_float(den) == 0.0) return gp_raise(t, &gp_ZeroDivisionError, "float division by zero");
    return v_from_float(v_float(num) / v_float(den));
}

static Value m_log2(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.log2", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "math.log2", nargs, 1, 1) < 0) return VNULL;
    return log_of(t, args[0], log_2);
}

static Value m_log10(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.log10", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "math.log10", nargs, 1, 1) < 0) return VNULL;
    return log_of(t, args[0], log_10);
}

/* ---- rounding to ints */

/* x.__floor__() and friends for anything but an exact float; VNULL with
 * no error if the type has no such method. */
static Value call_special(GpThread *t, Value x, const char *name) {
    if (!gp_type_lookup_cstr(v_type(x), name)) return VNULL;
    return gp_call_method(t, x, name, NULL, 0);
}

static Value round_to_int(GpThread *t, const Value *a, size_t n, const char *fname, const char *special,
                          double (*f)(double)) {
    if (gp_check_nargs(t, fname, n, 1, 1) < 0) return VNULL;
    Value x = a[0];
    if (!v_is_float(x)) {
        if (v_is_int(x)) return x;
        Value r = call_special(t, x, special);
        if (r || t->exc) return r;
    }
    double d;
    if (arg_double(t, x, &d) < 0) return VNULL;
    return gp_int_from_double(t, f(d));
}

static Value m_floor(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.floor", kw) < 0) return VNULL;
    return round_to_int(t, args, nargs, "math.floor", "__floor__", floor);
}

static Value m_ceil(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.ceil", kw) < 0) return VNULL;
    return round_to_int(t, args, nargs, "math.ceil", "__ceil__", ceil);
}

static Value m_trunc(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.trunc", kw) < 0) return VNULL;
    if (gp_check_nargs(t, "math.trunc", nargs, 1, 1) < 0) return VNULL;
    Value x = args[0];
    if (v_is_float(x)) return gp_int_from_double(t, trunc(v_float(x)));
    if (v_is_int(x)) return x;
    Value r = call_special(t, x, "__trunc__");
    if (r || t->exc) return r;
    return gp_raise(t, &gp_TypeError, "type %s doesn't define __trunc__ method", v_type(x)->name);
}

/* ---- the rest of the float functions */

static Value m_pow(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.pow", kw) < 0) return VNULL;
    double x, y, r;
    if (two_doubles(t, args, nargs, "pow", &x, &y) < 0) return VNULL;
    errno = 0;
    /* IEEE special values decided here, as C99 Annex F says, whatever
     * the platform's pow does. */
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
    } else {
        r = pow(x, y);
        errno = 0;
        if (isnan(r)) errno = EDOM;
        else if (isinf(r)) errno = x == 0. ? EDOM : ERANGE;
    }
    if (errno && is_error(t, r)) return VNULL;
    return v_from_float(r);
}

static Value m_fmod(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.fmod", kw) < 0) return VNULL;
    double x, y;
    if (two_doubles(t, args, nargs, "fmod", &x, &y) < 0) return VNULL;
    if (isinf(y) && isfinite(x)) return v_from_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    return v_from_float(r);
}

static Value m_modf(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.modf", kw) < 0) return VNULL;
    double x, ip;
    if (gp_check_nargs(t, "math.modf", nargs, 1, 1) < 0 || arg_double(t, args[0], &x) < 0) return VNULL;
    if (isinf(x)) return gp_tuple_pack(t, 2, v_from_float(copysign(0., x)), v_from_float(x));
    if (isnan(x)) return gp_tuple_pack(t, 2, v_from_float(x), v_from_float(x));
    double fp = modf(x, &ip);
    return gp_tuple_pack(t, 2, v_from_float(fp), v_from_float(ip));
}

static Value m_frexp(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.frexp", kw) < 0) return VNULL;
    double x;
    int e = 0;
    if (gp_check_nargs(t, "math.frexp", nargs, 1, 1) < 0 || arg_double(t, args[0], &x) < 0) return VNULL;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    return gp_tuple_pack(t, 2, v_from_float(x), v_from_small(e));
}

static Value m_ldexp(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.ldexp", kw) < 0) return VNULL;
    double x, r;
    if (gp_check_nargs(t, "ldexp", nargs, 2, 2) < 0 || arg_double(t, args[0], &x) < 0) return VNULL;
    if (!gp_is_int(args[1])) return gp_raise(t, &gp_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!gp_int_to_i64(args[1], &e)) e = gp_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0. || !isfinite(x)) {
        r = x;
    } else if (e > INT32_MAX) {
        return range_error(t);
    } else if (e < INT32_MIN) {
        r = copysign(0., x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) return range_error(t);
    }
    return v_from_float(r);
}

static const double deg_to_rad = 3.141592653589793238462643383279502884197 / 180.0;
static const double rad_to_deg = 180.0 / 3.141592653589793238462643383279502884197;

static Value m_degrees(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.degrees", kw) < 0) return VNULL;
    double x;
    if (gp_check_nargs(t, "math.degrees", nargs, 1, 1) < 0 || arg_double(t, args[0], &x) < 0) return VNULL;
    return v_from_float(x * rad_to_deg);
}

static Value m_radians(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.radians", kw) < 0) return VNULL;
    double x;
    if (gp_check_nargs(t, "math.radians", nargs, 1, 1) < 0 || arg_double(t, args[0], &x) < 0) return VNULL;
    return v_from_float(x * deg_to_rad);
}

static Value classify(GpThread *t, const Value *a, size_t n, const char *name, int (*test)(double)) {
    double x;
    if (gp_check_nargs(t, name, n, 1, 1) < 0 || arg_double(t, a[0], &x) < 0) return VNULL;
    return v_bool(test(x));
}
static int test_finite(double x) { return isfinite(x); }
static int test_inf(double x) { return isinf(x); }
static int test_nan(double x) { return isnan(x); }

static Value m_isfinite(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.isfinite", kw) < 0) return VNULL;
    return classify(t, args, nargs, "math.isfinite", test_finite);
}
static Value m_isinf(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.isinf", kw) < 0) return VNULL;
    return classify(t, args, nargs, "math.isinf", test_inf);
}
static Value m_isnan(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.isnan", kw) < 0) return VNULL;
    return classify(t, args, nargs, "math.isnan", test_nan);
}

/* Argument Clinic's wording for an unknown keyword. */
static int check_kwnames(GpThread *t, Value kw, const char *const *names, int n, const char *fname) {
    for (size_t i = 0; kw && i < gp_tuple_len(kw); i++) {
        Value k = gp_tuple_items(kw)[i];
        int known = 0;
        for (int j = 0; j < n; j++) known |= gp_str_eq_cstr(k, names[j]);
        if (!known) return gp_raise_i(t, &gp_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
    }
    return 0;
}

static Value m_isclose(MATH_ARGS) {
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    static const GpArgSpec spec = {"isclose", names, 4, 2, 0, 2};
    Value a[4];
    if (check_kwnames(t, kw, names, 4, "isclose") < 0 || gp_parse_args(t, &spec, args, nargs, kw, a) < 0)
        return VNULL;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (arg_double(t, a[0], &x) < 0 || arg_double(t, a[1], &y) < 0) return VNULL;
    if (a[2] && arg_double(t, a[2], &rel_tol) < 0) return VNULL;
    if (a[3] && arg_double(t, a[3], &abs_tol) < 0) return VNULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) return gp_raise(t, &gp_ValueError, "tolerances must be non-negative");
    if (x == y) return V_TRUE;
    if (isinf(x) || isinf(y)) return V_FALSE;
    double diff = fabs(y - x);
    return v_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

/* nextafter(x, y, *, steps): `steps` moves along the ordered doubles by
 * integer arithmetic on their bit patterns. */
static Value m_nextafter(MATH_ARGS) {
    (void)self;
    static const char *const names[] = {"x", "y", "steps"};
    static const GpArgSpec spec = {"nextafter", names, 3, 2, 2, 2};
    Value a[3];
    double x, y;
    if (nargs != 2)
        return gp_raise(t, &gp_TypeError, "nextafter() takes exactly 2 positional arguments (%zu given)", nargs);
    if (check_kwnames(t, kw, names, 3, "nextafter") < 0 || gp_parse_args(t, &spec, args, nargs, kw, a) < 0)
        return VNULL;
    if (arg_double(t, a[0], &x) < 0 || arg_double(t, a[1], &y) < 0) return VNULL;
    if (!a[2] || a[2] == V_NONE) return v_from_float(nextafter(x, y));
    Value sv = gp_index(t, a[2]);
    if (!sv) return VNULL;
    if (gp_int_sign(sv) < 0) return gp_raise(t, &gp_ValueError, "steps must be a non-negative integer");
    int64_t s;
    uint64_t steps = gp_int_to_i64(sv, &s) ? (uint64_t)s : UINT64_MAX;
    if (steps == 0 || isnan(x)) return v_from_float(x);
    if (isnan(y)) return v_from_float(y);
    const uint64_t sign = UINT64_C(1) << 63;
    uint64_t ux, uy;
    memcpy(&ux, &x, 8);
    memcpy(&uy, &y, 8);
    if (ux == uy) return v_from_float(x);
    uint64_t ax = ux & ~sign, ay = uy & ~sign;
    double r;
    if ((ux ^ uy) & sign) {
        /* Crossing zero: ax steps down to it, then up on the other side. */
        if (ax + ay <= steps) return v_from_float(y);
        if (ax < steps) ux = (uy & sign) | (steps - ax);
        else ux -= steps;
    } else if (ax > ay) {
        if (ax - ay < steps) return v_from_float(y);
        ux -= steps;
    } else {
        if (ay - ax < steps) return v_from_float(y);
        ux += steps;
    }
    memcpy(&r, &ux, 8);
    return v_from_float(r);
}

static Value m_ulp(MATH_ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "math.ulp", kw) < 0) return VNULL;
    double x;
    if (gp_check_nargs(t, "math.ulp", nargs, 1, 1) < 0 || arg_double(t, args[0], &x) < 0) return VNULL;
    if (isnan(x)) return v_from_float(x);
    x = fabs(x);
    if (isinf(x)) return v_from_float(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return v_from_float(x - nextafter(x, -INFINITY));
    return v_from_float(x2 - x);
}

/* ---- the module */

static const GpMethodDef math_methods[] = {
    {"acos", m_acos, 0},
    {"acosh", m_acosh, 0},
    {"asin", m_asin, 0},
    {"asinh", m_asinh, 0},
    {"atan", m_atan, 0},
    {"atan2", m_atan2, 0},
    {"atanh", m_atanh, 0},
    {"cbrt", m_cbrt, 0},
    {"ceil", m_ceil, 0},
    {"comb", gp_math_comb, 0},
    {"copysign", m_copysign, 0},
    {"cos", m_cos, 0},
    {"cosh", m_cosh, 0},
    {"degrees", m_degrees, 0},
    {"dist", gp_math_dist, 0},
    {"erf", m_erf, 0},
    {"erfc", m_erfc, 0},
    {"exp", m_exp, 0},
    {"exp2", m_exp2, 0},
    {"expm1", m_expm1, 0},
    {"fabs", m_fabs, 0},
    {"factorial", gp_math_factorial, 0},
    {"floor", m_floor, 0},
    {"fmod", m_fmod, 0},
    {"frexp", m_frexp, 0},
    {"fsum", gp_math_fsum, 0},
    {"gamma", m_gamma, 0},
    {"gcd", gp_math_gcd, 0},
    {"hypot", gp_math_hypot, 0},
    {"isclose", m_isclose, 0},
    {"isfinite", m_isfinite, 0},
    {"isinf", m_isinf, 0},
    {"isnan", m_isnan, 0},
    {"isqrt", gp_math_isqrt, 0},
    {"lcm", gp_math_lcm, 0},
    {"ldexp", m_ldexp, 0},
    {"lgamma", m_lgamma, 0},
    {"log", m_log, 0},
    {"log1p", m_log1p, 0},
    {"log10", m_log10, 0},
    {"log2", m_log2, 0},
    {"modf", m_modf, 0},
    {"pow", m_pow, 0},
    {"radians", m_radians, 0},
    {"remainder", m_remainder, 0},
    {"sin", m_sin, 0},
    {"sinh", m_sinh, 0},
    {"sqrt", m_sqrt, 0},
    {"tan", m_tan, 0},
    {"tanh", m_tanh, 0},
    {"trunc", m_trunc, 0},
    {"prod", gp_math_prod, 0},
    {"sumprod", gp_math_sumprod, GP_METH_NOKW},
    {"perm", gp_math_perm, 0},
    {"nextafter", m_nextafter, 0},
    {"ulp", m_ulp, 0},
    {NULL, NULL, 0},
};

static int math_init(GpThread *t, Value m) {
    if (gp_module_add(t, m, "pi", v_from_float(3.141592653589793238462643383279502884)) < 0 ||
        gp_module_add(t, m, "e", v_from_float(2.718281828459045235360287471352662498)) < 0 ||
        gp_module_add(t, m, "tau", v_from_float(6.283185307179586476925286766559005768)) < 0 ||
        gp_module_add(t, m, "inf", v_from_float(INFINITY)) < 0 || gp_module_add(t, m, "nan", v_from_float(NAN)) < 0)
        return -1;
    return 0;
}

const GpModuleDef gp_math_module = {
    "math",
    math_methods,
    math_init,
    "This module provides access to the mathematical functions\ndefined by the C standard.",
};
GP_REGISTER_MODULE(gp_math_module);
