/* test_bignum.c - checks src/obj/bignum against CPython 3.12.
 *
 * Build and run from the repository root:
 *
 *   gcc -std=c11 -Wall -Wextra -Werror -O2 -Isrc -Dmalloc=bn_test_malloc \
 *       -o /tmp/test_bignum tests/unit/test_bignum.c src/obj/bignum*.c -lm
 *   /tmp/test_bignum [tests/unit/bignum_vectors]
 *
 * Three kinds of test:
 *  - vectors: the .txt files in tests/unit/bignum_vectors, written by
 *    gen_bignum_vectors.py with CPython computing every expected result
 *    (see that script for the line format). The numbers in them are read
 *    by code in this file, not by the library's own parser.
 *  - cross-checks of the fast algorithms against the simple ones on sizes
 *    around their cutoffs: Karatsuba against schoolbook products,
 *    Burnikel-Ziegler against algorithm D, recursive text conversion
 *    against round trips.
 *  - allocation failure: -Dmalloc=bn_test_malloc routes the library's
 *    malloc calls through a wrapper here that can fail the k-th call; every
 *    operation is run failing each of its allocations in turn and must
 *    report BN_ENOMEM, leave its output zero and leak nothing (leaks show
 *    up under -fsanitize=address).
 *
 * The last line printed is "N passed, N failed"; the exit status is non-zero
 * if anything failed.
 */
#include "obj/bignum.h"
#include "obj/bignum_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- allocation failure injection ---------------------------------------- */

/* The one piece of mutable global state, and only in this test: the
 * library's malloc calls are redirected here by a macro, so the countdown
 * cannot travel as a parameter. */
typedef struct Faults {
    long countdown; /* fail when it reaches zero; negative: never */
    int fired;
} Faults;
static Faults faults = {-1, 0};

#ifdef malloc
#define HAVE_FAULT_INJECTION 1
#undef malloc
void *malloc(size_t n);
void *bn_test_malloc(size_t n);
void *bn_test_malloc(size_t n)
{
    if (faults.countdown >= 0 && faults.countdown-- == 0) {
        faults.fired = 1;
        return NULL;
    }
    return malloc(n);
}
#else
#define HAVE_FAULT_INJECTION 0
#endif

/* ---- results ----------------------------------------------------------- */

typedef struct Ctx {
    long pass, fail, shown;
    const char *where;
    long line;
} Ctx;

static void result(Ctx *c, int ok, const char *fmt, ...)
{
    if (ok) {
        c->pass++;
        return;
    }
    c->fail++;
    if (c->shown++ >= 40)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "FAIL %s:%ld: ", c->where, c->line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- building numbers without the library's parser ------------------------- */

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "test: out of memory\n");
        exit(2);
    }
    return p;
}

/* Takes ownership of d[0..n), normalizing it. */
static Bn make_bn(uint32_t *d, size_t n, int sign)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    Bn r = {n ? sign : 0, n, n ? d : NULL};
    if (!n)
        free(d);
    return r;
}

static uint64_t splitmix_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

/* Same as rand_bits() in gen_bignum_vectors.py. */
static Bn rand_bits(uint64_t seed, uint64_t bits)
{
    size_t words = (size_t)((bits + 63) / 64);
    uint32_t *d = xmalloc(words * 2 * sizeof *d);
    for (size_t i = 0; i < words; i++) {
        uint64_t w = splitmix_next(&seed);
        d[2 * i] = (uint32_t)w;
        d[2 * i + 1] = (uint32_t)(w >> 32);
    }
    size_t n = (size_t)((bits + 31) / 32);
    unsigned top = (unsigned)(bits - 32 * (uint64_t)(n - 1)); /* 1..32 */
    if (top < 32)
        d[n - 1] &= (1u << top) - 1;
    d[n - 1] |= 1u << (top - 1);
    return make_bn(d, n, 1);
}

static int hexval(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

static int parse_body(const char *t, Bn *out);

/* Parses a number token (see the generator); 0 if malformed. A <<K suffix
 * is applied by moving whole digits and bits by hand. */
static int parse_num(const char *t, Bn *out)
{
    const char *shift = strstr(t, "<<");
    if (!shift)
        return parse_body(t, out);
    size_t blen = (size_t)(shift - t);
    char *body = xmalloc(blen + 1);
    memcpy(body, t, blen);
    body[blen] = '\0';
    Bn x;
    int ok = parse_body(body, &x);
    free(body);
    if (!ok)
        return 0;
    unsigned long long k = strtoull(shift + 2, NULL, 10);
    size_t words = (size_t)(k / 32), n = x.n + words + 1;
    unsigned bits = (unsigned)(k % 32);
    uint32_t *d = xmalloc(n * sizeof *d);
    memset(d, 0, n * sizeof *d);
    for (size_t i = 0; i < x.n; i++) {
        d[i + words] |= x.d[i] << bits;
        if (bits)
            d[i + words + 1] |= x.d[i] >> (32 - bits);
    }
    *out = make_bn(d, n, x.sign);
    bn_free(&x);
    return 1;
}

static int parse_body(const char *t, Bn *out)
{
    int sign = 1;
    if (*t == '-') {
        sign = -1;
        t++;
    }
    if (*t == '%') {
        unsigned long long seed, bits;
        if (sscanf(t + 1, "%llu:%llu", &seed, &bits) != 2 || bits == 0)
            return 0;
        *out = rand_bits(seed, bits);
        out->sign = sign;
        return 1;
    }
    if (*t == '^') {
        char *end;
        unsigned long long k = strtoull(t + 1, &end, 10);
        int delta = strcmp(end, "+1") == 0 ? 1 : strcmp(end, "-1") == 0 ? -1 : 0;
        if (!delta && *end)
            return 0;
        size_t n = (size_t)(k / 32 + 1);
        uint32_t *d = xmalloc(n * sizeof *d);
        memset(d, 0, n * sizeof *d);
        if (delta < 0) { /* k one bits */
            for (size_t i = 0; i < k / 32; i++)
                d[i] = 0xFFFFFFFFu;
            d[k / 32] = (uint32_t)((1ull << (k % 32)) - 1);
        } else {
            d[k / 32] = 1u << (k % 32);
            d[0] |= (uint32_t)delta;
        }
        *out = make_bn(d, n, sign);
        return 1;
    }
    size_t len = strlen(t);
    if (len == 0)
        return 0;
    size_t n = (len + 7) / 8;
    uint32_t *d = xmalloc(n * sizeof *d);
    memset(d, 0, n * sizeof *d);
    for (size_t i = 0; i < len; i++) {
        int v = hexval(t[len - 1 - i]);
        if (v < 0) {
            free(d);
            return 0;
        }
        d[i / 8] |= (uint32_t)v << (4 * (i % 8));
    }
    *out = make_bn(d, n, sign);
    return 1;
}

/* An independent hash: the value modulo 2**61 - 1 by Horner's rule. */
static int64_t ref_hash(const Bn *a)
{
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    uint64_t x = 0;
    for (size_t i = a->n; i-- > 0;) {
        /* x * 2**32 = (x >> 29) * 2**61 + (x mod 2**29) * 2**32 */
        x = (x >> 29) + ((x & ((1u << 29) - 1)) << 32) + a->d[i];
        x = (x & p) + (x >> 61);
        if (x >= p)
            x -= p;
    }
    int64_t h = a->sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

static uint64_t ref_bitlen(const Bn *a)
{
    if (a->n == 0)
        return 0;
    uint64_t b = 32 * (uint64_t)(a->n - 1);
    for (uint32_t t = a->d[a->n - 1]; t; t >>= 1)
        b++;
    return b;
}

static int normalized(const Bn *r)
{
    if (r->n == 0)
        return r->sign == 0 && r->d == NULL;
    return (r->sign == 1 || r->sign == -1) && r->d != NULL && r->d[r->n - 1] != 0;
}

static int same(const Bn *a, const Bn *b)
{
    return a->sign == b->sign && a->n == b->n &&
           (a->n == 0 || memcmp(a->d, b->d, a->n * sizeof *a->d) == 0);
}

/* ---- comparing against expected tokens ------------------------------------ */

static const struct {
    const char *name;
    BnStatus st;
} ERRORS[] = {
    {"!nomem", BN_ENOMEM},       {"!toobig", BN_ETOOBIG},   {"!zerodiv", BN_EZERODIV},
    {"!overflow", BN_EOVERFLOW}, {"!invalid", BN_EINVALID}, {"!base", BN_EBASE},
    {"!negshift", BN_ENEGSHIFT}, {"!negexp", BN_ENEGEXP},   {"!modzero", BN_EMODZERO},
    {"!notinv", BN_ENOTINV},     {"!nan", BN_ENAN},         {"!inf", BN_EINF},
    {"!negative", BN_ENEGATIVE},
};

static int error_status(const char *tok, BnStatus *st)
{
    for (size_t i = 0; i < sizeof ERRORS / sizeof ERRORS[0]; i++) {
        if (strcmp(tok, ERRORS[i].name) == 0) {
            *st = ERRORS[i].st;
            return 1;
        }
    }
    return 0;
}

/* Whether status st and result r match an expected token; on a mismatch
 * *why says how. */
static int match_num(BnStatus st, const Bn *r, const char *tok, char *why, size_t whylen)
{
    BnStatus want;
    if (!normalized(r)) {
        snprintf(why, whylen, "result not normalized");
        return 0;
    }
    if (tok[0] == '!') {
        snprintf(why, whylen, "want %s, got status %d (n=%zu)", tok, (int)st, r->n);
        return error_status(tok, &want) && st == want && r->n == 0;
    }
    if (st != BN_OK) {
        snprintf(why, whylen, "want %.60s, got status %d", tok, (int)st);
        return 0;
    }
    if (tok[0] == '#') {
        unsigned long long bits, low;
        long long h;
        uint64_t mylow = r->n ? r->d[0] : 0;
        if (r->n > 1)
            mylow |= (uint64_t)r->d[1] << 32;
        snprintf(why, whylen, "digest mismatch: want %s, got #%llu:%lld:%llx", tok,
                 (unsigned long long)ref_bitlen(r), (long long)ref_hash(r),
                 (unsigned long long)mylow);
        return sscanf(tok + 1, "%llu:%lld:%llx", &bits, &h, &low) == 3 &&
               ref_bitlen(r) == bits && ref_hash(r) == h && mylow == low;
    }
    Bn e;
    if (!parse_num(tok, &e)) {
        snprintf(why, whylen, "bad token %.60s", tok);
        return 0;
    }
    int ok = same(r, &e);
    bn_free(&e);
    if (!ok) {
        char *got = NULL;
        bn_to_str(r, 16, &got, NULL);
        snprintf(why, whylen, "want %.200s, got %.200s", tok, got ? got : "?");
        free(got);
    }
    return ok;
}

/* Records one verdict for st and r against tok, and frees r. */
static int expect_num(Ctx *c, BnStatus st, Bn *r, const char *tok)
{
    char why[600];
    int ok = match_num(st, r, tok, why, sizeof why);
    result(c, ok, "%s", why);
    bn_free(r);
    return ok;
}

static int parse_double(const char *tok, double *x)
{
    unsigned long long bits;
    if (tok[0] != 'f' || sscanf(tok + 1, "%llx", &bits) != 1)
        return 0;
    memcpy(x, &bits, sizeof *x);
    return 1;
}

static int expect_double(Ctx *c, BnStatus st, double got, const char *tok)
{
    BnStatus want;
    if (tok[0] == '!') {
        int ok = error_status(tok, &want) && st == want;
        result(c, ok, "want %s, got status %d", tok, (int)st);
        return ok;
    }
    double x;
    uint64_t gb, xb;
    if (!parse_double(tok, &x)) {
        result(c, 0, "bad token %s", tok);
        return 0;
    }
    memcpy(&gb, &got, sizeof gb);
    memcpy(&xb, &x, sizeof xb);
    int ok = st == BN_OK && gb == xb;
    result(c, ok, "want %s (%.17g), got status %d f%016llx (%.17g)", tok, x, (int)st,
           (unsigned long long)gb, got);
    return ok;
}

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 0xCBF29CE484222325u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001B3u;
    return h;
}

/* Checks a text result (and frees it) against a literal or @FNV:LEN. */
static int expect_text(Ctx *c, BnStatus st, char *s, size_t len, const char *tok)
{
    BnStatus want;
    int ok;
    if (tok[0] == '!') {
        ok = error_status(tok, &want) && st == want && s == NULL;
        result(c, ok, "want %s, got status %d", tok, (int)st);
    } else if (st != BN_OK || !s) {
        ok = 0;
        result(c, 0, "want text, got status %d", (int)st);
    } else if (tok[0] == '@') {
        unsigned long long h, n;
        ok = sscanf(tok + 1, "%llx:%llu", &h, &n) == 2 && len == n && strlen(s) == len &&
             fnv1a(s, len) == h;
        result(c, ok, "text digest mismatch: want %s, got len %zu", tok, len);
    } else {
        ok = strlen(s) == len && strcmp(s, tok) == 0;
        result(c, ok, "want %.100s, got %.100s", tok, s);
    }
    free(s);
    return ok;
}

/* ---- the vector operations --------------------------------------------------- */

typedef BnStatus (*Binary)(Bn *, const Bn *, const Bn *);
typedef BnStatus (*Unary)(Bn *, const Bn *);

static int nums(Ctx *c, char **tok, int n, Bn *out)
{
    for (int i = 0; i < n; i++) {
        if (!parse_num(tok[i], &out[i])) {
            result(c, 0, "bad number token %.60s", tok[i]);
            for (int j = 0; j < i; j++)
                bn_free(&out[j]);
            return 0;
        }
    }
    return 1;
}

static void free_nums(Bn *v, int n)
{
    for (int i = 0; i < n; i++)
        bn_free(&v[i]);
}

static void run_binary(Ctx *c, Binary f, char **tok)
{
    Bn v[2], r;
    if (!nums(c, tok + 1, 2, v))
        return;
    BnStatus st = f(&r, &v[0], &v[1]);
    expect_num(c, st, &r, tok[3]);
    free_nums(v, 2);
}

static void run_unary(Ctx *c, Unary f, char **tok)
{
    Bn v, r;
    if (!nums(c, tok + 1, 1, &v))
        return;
    BnStatus st = f(&r, &v);
    expect_num(c, st, &r, tok[2]);
    bn_free(&v);
}

/* The single-output forms must agree with the full one. */
static void run_divmod(Ctx *c, char **tok, int ntok)
{
    Bn v[2], q, m, q2, m2;
    if (!nums(c, tok + 1, 2, v))
        return;
    BnStatus st = bn_divmod(&q, &m, &v[0], &v[1]);
    BnStatus st_q = bn_divmod(&q2, NULL, &v[0], &v[1]);
    BnStatus st_m = bn_divmod(NULL, &m2, &v[0], &v[1]);
    char why[600] = "quotient- or remainder-only divmod disagrees";
    int ok = st_q == st && st_m == st && same(&q, &q2) && same(&m, &m2);
    if (ok && ntok == 4) {
        ok = match_num(st, &q, tok[3], why, sizeof why) && m.n == 0;
    } else if (ok) {
        ok = match_num(st, &q, tok[3], why, sizeof why) &&
             match_num(st, &m, tok[4], why, sizeof why);
    }
    result(c, ok, "%s", why);
    bn_free(&q);
    bn_free(&m);
    bn_free(&q2);
    bn_free(&m2);
    free_nums(v, 2);
}

static void run_pow(Ctx *c, char **tok)
{
    Bn v[2], r;
    if (!nums(c, tok + 1, 2, v))
        return;
    BnStatus st = bn_pow(&r, &v[0], &v[1]);
    expect_num(c, st, &r, tok[3]);
    free_nums(v, 2);
}

static void run_powmod(Ctx *c, char **tok)
{
    Bn v[3], r;
    if (!nums(c, tok + 1, 3, v))
        return;
    BnStatus st = bn_powmod(&r, &v[0], &v[1], &v[2]);
    expect_num(c, st, &r, tok[4]);
    free_nums(v, 3);
}

/* Shifts go through the int-count API and, when the count fits, the
 * uint64 one, which must agree. */
static void run_shift(Ctx *c, char **tok, int left)
{
    Bn v[2], r;
    if (!nums(c, tok + 1, 2, v))
        return;
    BnStatus st = left ? bn_shl_bn(&r, &v[0], &v[1]) : bn_shr_bn(&r, &v[0], &v[1]);
    uint64_t k;
    if (st == BN_OK && bn_to_uint64(&v[1], &k) == BN_OK) {
        Bn r2;
        BnStatus st2 = left ? bn_shl(&r2, &v[0], k) : bn_shr(&r2, &v[0], k);
        if (st2 != BN_OK || !same(&r, &r2)) {
            result(c, 0, "uint64-count shift disagrees");
            bn_free(&r2);
            bn_free(&r);
            free_nums(v, 2);
            return;
        }
        bn_free(&r2);
    }
    expect_num(c, st, &r, tok[3]);
    free_nums(v, 2);
}

static void run_int_query(Ctx *c, char **tok, const char *op)
{
    Bn v[2];
    int two = strcmp(op, "cmp") == 0;
    if (!nums(c, tok + 1, two ? 2 : 1, v))
        return;
    const char *want = tok[two ? 3 : 2];
    long long got = 0, w = strtoll(want, NULL, 10);
    if (two) {
        /* bn_cmp_abs must agree with bn_cmp on the absolute values */
        got = bn_cmp(&v[0], &v[1]);
        Bn a0 = {v[0].n ? 1 : 0, v[0].n, v[0].d}, a1 = {v[1].n ? 1 : 0, v[1].n, v[1].d};
        if (bn_cmp_abs(&v[0], &v[1]) != bn_cmp(&a0, &a1))
            got = 99;
    } else if (strcmp(op, "bitlen") == 0) {
        got = (long long)bn_bit_length(&v[0]);
    } else if (strcmp(op, "bitcount") == 0) {
        got = (long long)bn_bit_count(&v[0]);
    } else {
        got = bn_hash(&v[0]);
    }
    result(c, got == w, "%s: want %s, got %lld", op, want, got);
    free_nums(v, two ? 2 : 1);
}

static void run_to_machine(Ctx *c, char **tok, int is_signed)
{
    Bn v;
    if (!nums(c, tok + 1, 1, &v))
        return;
    int64_t i = 0;
    uint64_t u = 0;
    BnStatus st = is_signed ? bn_to_int64(&v, &i) : bn_to_uint64(&v, &u);
    int ok;
    if (tok[2][0] == '!')
        ok = st == BN_EOVERFLOW;
    else if (is_signed)
        ok = st == BN_OK && i == strtoll(tok[2], NULL, 10);
    else
        ok = st == BN_OK && u == strtoull(tok[2], NULL, 10);
    result(c, ok, "want %s, got status %d", tok[2], (int)st);
    bn_free(&v);
}

static void run_from_machine(Ctx *c, char **tok, int is_signed)
{
    Bn r;
    BnStatus st;
    if (is_signed) {
        int64_t v = strtoll(tok[1], NULL, 10);
        BnSmall small;
        const Bn *view = bn_small(&small, v);
        st = bn_from_int64(&r, v);
        if (st == BN_OK && (!normalized(view) || !same(view, &r))) {
            result(c, 0, "bn_small disagrees with bn_from_int64");
            bn_free(&r);
            return;
        }
    } else {
        st = bn_from_uint64(&r, strtoull(tok[1], NULL, 10));
    }
    expect_num(c, st, &r, tok[2]);
}

static void run_float(Ctx *c, char **tok, const char *op)
{
    Bn v[2];
    double x = 0;
    if (strcmp(op, "fromd") == 0) {
        Bn r;
        if (!parse_double(tok[1], &x)) {
            result(c, 0, "bad float %s", tok[1]);
            return;
        }
        BnStatus st = bn_from_double(&r, x);
        expect_num(c, st, &r, tok[2]);
        return;
    }
    if (strcmp(op, "tod") == 0) {
        if (!nums(c, tok + 1, 1, v))
            return;
        BnStatus st = bn_to_double(&v[0], &x);
        expect_double(c, st, x, tok[2]);
        bn_free(&v[0]);
        return;
    }
    if (strcmp(op, "cmpd") == 0) {
        if (!nums(c, tok + 1, 1, v))
            return;
        if (!parse_double(tok[2], &x)) {
            result(c, 0, "bad float %s", tok[2]);
            bn_free(&v[0]);
            return;
        }
        int got = bn_cmp_double(&v[0], x);
        result(c, got == atoi(tok[3]), "want %s, got %d", tok[3], got);
        bn_free(&v[0]);
        return;
    }
    if (!nums(c, tok + 1, 2, v))
        return;
    BnStatus st = bn_truediv(&v[0], &v[1], &x);
    expect_double(c, st, x, tok[3]);
    free_nums(v, 2);
}

static void run_str(Ctx *c, char **tok, int prefixed)
{
    Bn v;
    if (!nums(c, tok + 1, 1, &v))
        return;
    char *s = NULL;
    size_t len = 0;
    int base = atoi(tok[2]);
    BnStatus st = prefixed ? bn_to_str_prefixed(&v, base, &s, &len)
                           : bn_to_str(&v, base, &s, &len);
    expect_text(c, st, s, len, tok[3]);
    bn_free(&v);
}

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Same as rand_digits() in gen_bignum_vectors.py. */
static char *rand_digits(uint64_t seed, size_t n, int base)
{
    char *s = xmalloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        uint64_t w = splitmix_next(&seed);
        s[i] = i == 0 ? DIGIT_CHARS[1 + w % (uint64_t)(base - 1)] : DIGIT_CHARS[w % (uint64_t)base];
    }
    s[n] = '\0';
    return s;
}

static void run_parse(Ctx *c, char **tok)
{
    char *text;
    size_t len;
    if (tok[1][0] == '$') {
        unsigned long long seed, n;
        int base;
        if (sscanf(tok[1] + 1, "%llu:%llu:%d", &seed, &n, &base) != 3) {
            result(c, 0, "bad text token");
            return;
        }
        text = rand_digits(seed, (size_t)n, base);
        len = (size_t)n;
    } else {
        size_t hl = strlen(tok[1] + 1);
        len = hl / 2;
        text = xmalloc(len + 1);
        for (size_t i = 0; i < len; i++)
            text[i] = (char)(hexval(tok[1][1 + 2 * i]) * 16 + hexval(tok[1][2 + 2 * i]));
        text[len] = '\0';
    }
    Bn r;
    BnStatus st = bn_from_str(&r, text, len, atoi(tok[2]));
    expect_num(c, st, &r, tok[3]);
    free(text);
}

static void run_line(Ctx *c, char **tok, int ntok)
{
    static const struct {
        const char *name;
        Binary f;
    } binaries[] = {{"add", bn_add}, {"sub", bn_sub}, {"mul", bn_mul}, {"and", bn_and},
                    {"or", bn_or},   {"xor", bn_xor}, {"gcd", bn_gcd}};
    static const struct {
        const char *name;
        Unary f;
    } unaries[] = {{"neg", bn_neg}, {"abs", bn_abs}, {"invert", bn_invert}, {"isqrt", bn_isqrt}};
    const char *op = tok[0];
    for (size_t i = 0; i < sizeof binaries / sizeof binaries[0]; i++) {
        if (strcmp(op, binaries[i].name) == 0 && ntok == 4) {
            run_binary(c, binaries[i].f, tok);
            return;
        }
    }
    for (size_t i = 0; i < sizeof unaries / sizeof unaries[0]; i++) {
        if (strcmp(op, unaries[i].name) == 0 && ntok == 3) {
            run_unary(c, unaries[i].f, tok);
            return;
        }
    }
    if (strcmp(op, "divmod") == 0 && (ntok == 4 || ntok == 5))
        run_divmod(c, tok, ntok);
    else if (strcmp(op, "pow") == 0 && ntok == 4)
        run_pow(c, tok);
    else if (strcmp(op, "powmod") == 0 && ntok == 5)
        run_powmod(c, tok);
    else if ((strcmp(op, "shl") == 0 || strcmp(op, "shr") == 0) && ntok == 4)
        run_shift(c, tok, op[2] == 'l');
    else if ((strcmp(op, "cmp") == 0 && ntok == 4) ||
             ((strcmp(op, "bitlen") == 0 || strcmp(op, "bitcount") == 0 ||
               strcmp(op, "hash") == 0) && ntok == 3))
        run_int_query(c, tok, op);
    else if ((strcmp(op, "toi64") == 0 || strcmp(op, "tou64") == 0) && ntok == 3)
        run_to_machine(c, tok, op[2] == 'i');
    else if ((strcmp(op, "fromi64") == 0 || strcmp(op, "fromu64") == 0) && ntok == 3)
        run_from_machine(c, tok, op[4] == 'i');
    else if ((strcmp(op, "fromd") == 0 || strcmp(op, "tod") == 0) && ntok == 3)
        run_float(c, tok, op);
    else if ((strcmp(op, "truediv") == 0 || strcmp(op, "cmpd") == 0) && ntok == 4)
        run_float(c, tok, op);
    else if ((strcmp(op, "str") == 0 || strcmp(op, "strp") == 0) && ntok == 4)
        run_str(c, tok, op[3] == 'p');
    else if (strcmp(op, "parse") == 0 && ntok == 4)
        run_parse(c, tok);
    else
        result(c, 0, "unknown line: %s with %d tokens", op, ntok);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = xmalloc(cap + 1);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                fprintf(stderr, "test: out of memory\n");
                exit(2);
            }
            buf = nb;
        }
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void run_vector_file(Ctx *c, const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    char *buf = read_file(path, &len);
    c->where = name;
    c->line = 0;
    if (!buf) {
        result(c, 0, "cannot read %s", path);
        return;
    }
    long before = c->pass + c->fail;
    char *p = buf;
    while (*p) {
        char *eol = strchr(p, '\n');
        if (eol)
            *eol = '\0';
        c->line++;
        char *tok[8];
        int ntok = 0;
        for (char *t = strtok(p, " "); t && ntok < 8; t = strtok(NULL, " "))
            tok[ntok++] = t;
        if (ntok > 0) {
            long cases = c->pass + c->fail;
            run_line(c, tok, ntok);
            if (c->pass + c->fail != cases + 1)
                result(c, 0, "line produced %ld verdicts", c->pass + c->fail - cases);
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    free(buf);
    printf("  %-16s %6ld cases\n", name, c->pass + c->fail - before);
}

/* ---- cross-checks of the fast algorithms -------------------------------------- */

typedef struct Rng {
    uint64_t state;
} Rng;

static uint32_t rng32(Rng *r)
{
    return (uint32_t)(splitmix_next(&r->state) >> 16);
}

/* Random digits with some structure: runs of zeros and of all-ones digits
 * make carries and borrows travel far. */
static void fill_digits(Rng *r, uint32_t *d, size_t n, int style)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t x = rng32(r);
        if (style == 1)
            x = (x & 7) == 0 ? x : (x & 1) ? 0xFFFFFFFFu : 0;
        else if (style == 2)
            x = (x & 3) ? 0 : x;
        d[i] = x;
    }
    if (n)
        d[n - 1] |= 1;
}

static void check_karatsuba(Ctx *c)
{
    c->where = "karatsuba";
    Rng rng = {42};
    static const size_t sizes[][2] = {
        {40, 40},   {41, 40},   {79, 40},   {80, 40},   {81, 40},   {80, 41},    {63, 64},
        {64, 64},   {127, 64},  {128, 64},  {129, 65},  {200, 101}, {200, 100},  {201, 101},
        {333, 170}, {500, 499}, {999, 500}, {1000, 40}, {1023, 39}, {2500, 2500}, {2500, 1251},
        {4000, 90}, {3001, 1499}, {7000, 6999},
    };
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        for (int style = 0; style < 3; style++) {
            for (int square = 0; square < 2; square++) {
                size_t na = sizes[t][0], nb = square ? na : sizes[t][1];
                uint32_t *a = xmalloc(na * 4), *b = square ? a : xmalloc(nb * 4);
                uint32_t *r1 = xmalloc((na + nb) * 4), *r2 = xmalloc((na + nb) * 4);
                fill_digits(&rng, a, na, style);
                if (!square)
                    fill_digits(&rng, b, nb, (style + 1) % 3);
                c->line = (long)(t * 10 + (size_t)style * 2 + (size_t)square);
                BnStatus st = mag_mul(r1, a, na, b, nb);
                mag_mul_basecase(r2, a, na, b, nb);
                result(c, st == BN_OK && memcmp(r1, r2, (na + nb) * 4) == 0,
                       "product %zux%zu style %d square %d differs", na, nb, style, square);
                if (!square)
                    free(b);
                free(a);
                free(r1);
                free(r2);
            }
        }
    }
}

static Bn random_bn(Rng *rng, size_t n, int style)
{
    uint32_t *d = xmalloc(n * sizeof *d);
    fill_digits(rng, d, n, style);
    return make_bn(d, n, 1);
}

static void check_burnikel_ziegler(Ctx *c)
{
    c->where = "burnikel-ziegler";
    Rng rng = {7};
    static const size_t sizes[][2] = {
        /* {quotient digits, divisor digits} */
        {80, 80},   {81, 80},   {80, 81},   {100, 159}, {160, 160}, {161, 161},
        {300, 80},  {80, 300},  {640, 320}, {1000, 999}, {1500, 333}, {2000, 2000},
        {4000, 1000}, {333, 3333}, {5000, 5001},
    };
    for (size_t t = 0; t < sizeof sizes / sizeof sizes[0]; t++) {
        for (int style = 0; style < 4; style++) {
            c->line = (long)(t * 10 + (size_t)style);
            size_t nq = sizes[t][0], nb = sizes[t][1];
            Bn a = random_bn(&rng, nq + nb, style % 3);
            Bn b = random_bn(&rng, nb, (style + 1) % 3);
            if (style == 3) {
                /* top divisor digit just above or at a power of two */
                b.d[nb - 1] = rng32(&rng) & 1 ? 0x80000000u : 1;
                b.d[nb - 2] = 0xFFFFFFFFu;
            }
            Bn q1, r1, q2, r2, t1, t2;
            BnStatus s1 = bni_udivmod(&q1, &r1, &a, &b);
            BnStatus s2 = bni_udivmod_basic(&q2, &r2, &a, &b);
            int ok = s1 == BN_OK && s2 == BN_OK && same(&q1, &q2) && same(&r1, &r2) &&
                     normalized(&q1) && normalized(&r1);
            /* and the defining identity, independently of algorithm D */
            ok = ok && bn_mul(&t1, &q1, &b) == BN_OK;
            ok = ok && bn_add(&t2, &t1, &r1) == BN_OK;
            if (ok) {
                ok = same(&t2, &a) && bn_cmp(&r1, &b) < 0;
                bn_free(&t1);
                bn_free(&t2);
            }
            result(c, ok, "division %zu/%zu style %d differs", nq + nb, nb, style);
            bn_free(&q1);
            bn_free(&r1);
            bn_free(&q2);
            bn_free(&r2);
            bn_free(&a);
            bn_free(&b);
        }
    }
}

/* Text conversions around the recursive-conversion cutoffs: formatting and
 * parsing must invert each other in every base. */
static void check_text_round_trips(Ctx *c)
{
    c->where = "text round trip";
    Rng rng = {99};
    static const uint64_t bits[] = {9000, 9967, 9968, 10000, 20000, 39999, 40000, 40001,
                                    80003, 160000, 400000};
    static const int bases[] = {10, 3, 7, 36, 16, 2};
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++) {
        for (size_t j = 0; j < sizeof bases / sizeof bases[0]; j++) {
            c->line = (long)(i * 10 + j);
            Bn a = rand_bits(rng.state++, bits[i]), back;
            if (j % 2)
                a.sign = -1;
            char *s = NULL;
            size_t len = 0;
            BnStatus st = bn_to_str(&a, bases[j], &s, &len);
            int ok = st == BN_OK && s && strlen(s) == len;
            ok = ok && bn_from_str(&back, s, len, bases[j]) == BN_OK;
            if (ok) {
                ok = same(&a, &back);
                bn_free(&back);
            }
            result(c, ok, "%llu bits in base %d", (unsigned long long)bits[i], bases[j]);
            free(s);
            bn_free(&a);
        }
    }
    /* all-nines and all-zero-tail decimal strings across the parse cutoff */
    static const size_t lens[] = {2999, 3000, 3001, 6000, 6001, 12345};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        for (int kind = 0; kind < 2; kind++) {
            c->line = 1000 + (long)(i * 2 + (size_t)kind);
            size_t n = lens[i];
            char *s = xmalloc(n + 1);
            memset(s, kind ? '0' : '9', n);
            s[0] = kind ? '1' : '9';
            s[n] = '\0';
            Bn a;
            char *out = NULL;
            size_t len = 0;
            int ok = bn_from_str(&a, s, n, 10) == BN_OK;
            ok = ok && bn_to_str(&a, 10, &out, &len) == BN_OK;
            ok = ok && len == n && strcmp(out, s) == 0;
            result(c, ok, "decimal string of %zu digits, kind %d", n, kind);
            free(out);
            free(s);
            bn_free(&a);
        }
    }
}

/* ---- allocation failures ------------------------------------------------------ */

typedef struct Operands {
    Bn small, big, huge, neg, modulus, text_big;
} Operands;

/* Each case runs one operation; it returns the status and leaves any Bn
 * output in *r and any text output in *s for the caller to check. */
typedef BnStatus (*FaultCase)(const Operands *o, Bn *r, Bn *r2, char **s);

static BnStatus fc_add(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_add(r, &o->big, &o->neg);
}
static BnStatus fc_sub(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_sub(r, &o->neg, &o->big);
}
static BnStatus fc_mul(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_mul(r, &o->huge, &o->big);
}
static BnStatus fc_mul_small(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_mul(r, &o->small, &o->neg);
}
static BnStatus fc_divmod(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)s;
    return bn_divmod(r, r2, &o->neg, &o->small);
}
static BnStatus fc_divmod_bz(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)s;
    return bn_divmod(r, r2, &o->huge, &o->neg);
}
static BnStatus fc_divmod_1(const Operands *o, Bn *r, Bn *r2, char **s)
{
    BnSmall seven;
    (void)s;
    return bn_divmod(r, r2, &o->neg, bn_small(&seven, -7));
}
static BnStatus fc_pow(const Operands *o, Bn *r, Bn *r2, char **s)
{
    BnSmall e;
    (void)r2, (void)s;
    return bn_pow(r, &o->small, bn_small(&e, 37));
}
static BnStatus fc_pow_shift(const Operands *o, Bn *r, Bn *r2, char **s)
{
    BnSmall b, e;
    (void)o, (void)r2, (void)s;
    return bn_pow(r, bn_small(&b, -12), bn_small(&e, 301));
}
static BnStatus fc_powmod(const Operands *o, Bn *r, Bn *r2, char **s)
{
    BnSmall e;
    (void)r2, (void)s;
    return bn_powmod(r, &o->neg, bn_small(&e, -65537), &o->modulus);
}
static BnStatus fc_gcd(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_gcd(r, &o->big, &o->neg);
}
static BnStatus fc_isqrt(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_isqrt(r, &o->big);
}
static BnStatus fc_shl(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_shl(r, &o->neg, 77);
}
static BnStatus fc_shr(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_shr(r, &o->neg, 77);
}
static BnStatus fc_and(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_and(r, &o->neg, &o->big);
}
static BnStatus fc_or(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_or(r, &o->neg, &o->small);
}
static BnStatus fc_xor(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_xor(r, &o->big, &o->neg);
}
static BnStatus fc_invert(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_invert(r, &o->neg);
}
static BnStatus fc_copy(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_copy(r, &o->neg);
}
static BnStatus fc_neg(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_neg(r, &o->neg);
}
static BnStatus fc_abs(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    return bn_abs(r, &o->neg);
}
static BnStatus fc_from_int64(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)o, (void)r2, (void)s;
    return bn_from_int64(r, INT64_MIN);
}
static BnStatus fc_from_uint64(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)o, (void)r2, (void)s;
    return bn_from_uint64(r, UINT64_MAX);
}
static BnStatus fc_from_double(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)o, (void)r2, (void)s;
    return bn_from_double(r, -1e300);
}
static BnStatus fc_truediv(const Operands *o, Bn *r, Bn *r2, char **s)
{
    double x;
    (void)r, (void)r2, (void)s;
    return bn_truediv(&o->big, &o->neg, &x);
}
static BnStatus fc_str(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r, (void)r2;
    return bn_to_str(&o->neg, 10, s, NULL);
}
static BnStatus fc_str_big(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r, (void)r2;
    return bn_to_str(&o->text_big, 10, s, NULL);
}
static BnStatus fc_str_prefixed(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r, (void)r2;
    return bn_to_str_prefixed(&o->neg, 16, s, NULL);
}
static BnStatus fc_parse(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)o, (void)r2, (void)s;
    static const char text[] = " -0x_dead_beef_0123_4567_89ab_cdef_0000_1111 ";
    return bn_from_str(r, text, sizeof text - 1, 0);
}
static BnStatus fc_parse_big(const Operands *o, Bn *r, Bn *r2, char **s)
{
    (void)r2, (void)s;
    char *text = NULL;
    size_t len;
    /* the text is built with injection paused */
    long saved = faults.countdown;
    faults.countdown = -1;
    BnStatus st = bn_to_str(&o->text_big, 10, &text, &len);
    faults.countdown = saved;
    if (st != BN_OK)
        return st;
    st = bn_from_str(r, text, len, 10);
    free(text);
    return st;
}

static void check_faults(Ctx *c)
{
    c->where = "allocation failure";
    c->line = 0;
    if (!HAVE_FAULT_INJECTION) {
        result(c, 0, "built without -Dmalloc=bn_test_malloc: cannot inject failures");
        return;
    }
    Operands o;
    o.small = rand_bits(1, 70);
    o.big = rand_bits(2, 3000);
    o.huge = rand_bits(3, 9000);
    o.neg = rand_bits(4, 4000);
    o.neg.sign = -1;
    parse_num("^127-1", &o.modulus); /* prime, so every inverse exists */
    o.text_big = rand_bits(6, 45000);
    static const struct {
        const char *name;
        FaultCase f;
    } cases[] = {
        {"add", fc_add},       {"sub", fc_sub},         {"mul", fc_mul},
        {"mul small", fc_mul_small}, {"divmod", fc_divmod}, {"divmod bz", fc_divmod_bz},
        {"divmod 1", fc_divmod_1}, {"pow", fc_pow},     {"pow shift", fc_pow_shift},
        {"powmod", fc_powmod}, {"gcd", fc_gcd},         {"isqrt", fc_isqrt},
        {"shl", fc_shl},       {"shr", fc_shr},         {"and", fc_and},
        {"or", fc_or},         {"xor", fc_xor},         {"invert", fc_invert},
        {"copy", fc_copy},     {"neg", fc_neg},         {"abs", fc_abs},
        {"from int64", fc_from_int64}, {"from uint64", fc_from_uint64},
        {"from double", fc_from_double},
        {"truediv", fc_truediv}, {"str", fc_str},       {"str big", fc_str_big},
        {"str prefixed", fc_str_prefixed}, {"parse", fc_parse}, {"parse big", fc_parse_big},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        c->line = (long)i;
        long k;
        int ok = 1;
        for (k = 0; ok; k++) {
            Bn r = BN_ZERO_INIT, r2 = BN_ZERO_INIT;
            char *s = NULL;
            faults.countdown = k;
            faults.fired = 0;
            BnStatus st = cases[i].f(&o, &r, &r2, &s);
            faults.countdown = -1;
            if (!faults.fired) {
                ok = st == BN_OK;
                result(c, ok, "%s: status %d without failure", cases[i].name, (int)st);
                bn_free(&r);
                bn_free(&r2);
                free(s);
                break;
            }
            ok = st == BN_ENOMEM && r.n == 0 && r.d == NULL && r2.n == 0 && r2.d == NULL &&
                 s == NULL;
            if (!ok)
                result(c, 0, "%s: failing allocation %ld gave status %d", cases[i].name, k,
                       (int)st);
            bn_free(&r);
            bn_free(&r2);
            free(s);
        }
    }
    bn_free(&o.small);
    bn_free(&o.big);
    bn_free(&o.huge);
    bn_free(&o.neg);
    bn_free(&o.modulus);
    bn_free(&o.text_big);
}

/* ---- direct checks of API details the vectors cannot express ------------------- */

static void check_api(Ctx *c)
{
    c->where = "api";
    c->line = 0;
    BnSmall s1, s2;
    const Bn *mn = bn_small(&s1, INT64_MIN);
    result(c, normalized(mn) && mn->n == 2 && mn->sign == -1 && mn->d[1] == 0x80000000u,
           "bn_small(INT64_MIN)");
    const Bn *z = bn_small(&s2, 0);
    result(c, normalized(z) && bn_is_zero(z), "bn_small(0)");
    int64_t v = 0;
    result(c, bn_to_int64(mn, &v) == BN_OK && v == INT64_MIN, "INT64_MIN round trip");
    uint64_t u = 7;
    result(c, bn_to_uint64(mn, &u) == BN_EOVERFLOW && u == 7, "uint64 of negative");

    /* outputs are zero after every failure, whatever they held before */
    Bn r = {1, 1, NULL}, q, m;
    BnSmall a, b;
    result(c, bn_divmod(&q, &m, bn_small(&a, 5), bn_small(&b, 0)) == BN_EZERODIV &&
                  q.n == 0 && q.d == NULL && m.n == 0 && m.d == NULL,
           "divmod by zero leaves zero outputs");
    result(c, bn_shl(&r, bn_small(&a, 1), (uint64_t)1 << 62) == BN_ETOOBIG && r.n == 0 &&
                  r.d == NULL && r.sign == 0,
           "shl too big leaves zero output");
    /* the size cap is checked before any allocation */
    result(c, bn_shl(&r, bn_small(&a, 1), 32 * (uint64_t)BN_MAX_DIGITS) == BN_ETOOBIG &&
                  r.n == 0,
           "shl just past BN_MAX_DIGITS");
    char *s = (char *)&r;
    size_t len = 99;
    result(c, bn_to_str(bn_small(&a, 5), 37, &s, &len) == BN_EBASE && s == NULL && len == 0,
           "bad base leaves NULL text");
    result(c, bn_from_str(&r, "12", 2, 1) == BN_EBASE && r.n == 0, "base 1 rejected");

    /* bn_free leaves zero, so double frees are harmless */
    Bn x;
    bn_from_int64(&x, -5);
    bn_free(&x);
    bn_free(&x);
    result(c, x.n == 0 && x.d == NULL && x.sign == 0, "bn_free zeroes");

    /* the same number as both operands */
    Bn y, sq, d;
    bn_from_int64(&y, -123456789012345);
    result(c, bn_mul(&sq, &y, &y) == BN_OK && bn_sub(&d, &y, &y) == BN_OK && d.n == 0 &&
                  sq.sign == 1,
           "aliased operands");
    bn_free(&sq);
    bn_free(&y);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/unit/bignum_vectors";
    static const char *files[] = {"arith.txt", "div.txt", "pow.txt", "numtheory.txt",
                                  "bits.txt",  "misc.txt", "float.txt", "text.txt"};
    Ctx c = {0, 0, 0, "", 0};
    printf("vectors:\n");
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        run_vector_file(&c, dir, files[i]);
    long before = c.pass + c.fail;
    check_api(&c);
    check_karatsuba(&c);
    check_burnikel_ziegler(&c);
    check_text_round_trips(&c);
    check_faults(&c);
    printf("  %-16s %6ld checks\n", "internal", c.pass + c.fail - before);
    printf("%ld passed, %ld failed\n", c.pass, c.fail);
    return c.fail ? 1 : 0;
}
