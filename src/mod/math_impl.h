/* math_impl.h - the parts of the math module, shared by src/mod/math*.c. */
#ifndef GP_MATH_IMPL_H
#define GP_MATH_IMPL_H

#include "../obj/object.h"

#define MATH_ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

/* math_int.c: functions on exact integers. */
Value gp_math_factorial(MATH_ARGS);
Value gp_math_gcd(MATH_ARGS);
Value gp_math_lcm(MATH_ARGS);
Value gp_math_isqrt(MATH_ARGS);
Value gp_math_comb(MATH_ARGS);
Value gp_math_perm(MATH_ARGS);
/* For math.log of ints too large for a float: x in [0.5, 1) and e with
 * v == x * 2**e, x correctly rounded (v > 0, an exact int). */
int gp_math_int_frexp(GpThread *t, Value v, double *x, int64_t *e);

/* math_special.c: gamma and lgamma as CPython computes them; errors in
 * errno. */
double gp_math_gamma(double x);
double gp_math_lgamma(double x);

/* math_sum.c: sums, products and norms. */
Value gp_math_fsum(MATH_ARGS);
Value gp_math_prod(MATH_ARGS);
Value gp_math_hypot(MATH_ARGS);
Value gp_math_dist(MATH_ARGS);
/* math_sumprod.c */
Value gp_math_sumprod(MATH_ARGS);

#endif
