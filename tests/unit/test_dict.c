/* Unit test of the dict (src/obj/dict.c) through the public API of
 * src/obj/dict.h, on a real interpreter: insertion order, overwrites,
 * deletion and re-insertion, growth from 1 to 100000 int and str keys,
 * keys of different types that compare equal, keys whose __eq__ raises,
 * NaN keys, iteration across deletions, copy/update, version numbers, and
 * the 1/2/4-byte index slots. Prints failures, then one line
 * "N passed, N failed"; exits non-zero if anything failed.
 *
 * Build (links all of src/ but the command line):
 *   gcc -std=c11 -O1 -g -Isrc -o /tmp/test_dict tests/unit/test_dict.c \
 *       $(ls src/[a-z]*[a-z]/[a-z]*.c | grep -v src/main.c) -lm -lpthread
 */
#include <math.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "mem/heap.h"
#include "obj/abstract.h"
#include "obj/dict.h"
#include "obj/exc.h"
#include "obj/int.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "obj/type.h"
#include "vm/error.h"
#include "vm/state.h"

/* The tallies, passed explicitly instead of living in globals. */
typedef struct Tally {
    long passed, failed, shown;
} Tally;

static void check_at(Tally *tl, int ok, const char *what, int line) {
    if (ok) {
        tl->passed++;
        return;
    }
    tl->failed++;
    if (tl->shown++ < 50) fprintf(stderr, "FAIL line %d: %s\n", line, what);
}
#define CHECK(tl, cond) check_at((tl), (cond) ? 1 : 0, #cond, __LINE__)

static Value I(GpThread *t, int64_t i) { return gp_int_from_i64(t, i); }

static Value S(GpThread *t, const char *s) { return gp_str_from_cstr(t, s); }

/* A fresh (not interned) str "<prefix><n>". */
static Value Sn(GpThread *t, const char *prefix, long n) {
    char buf[64];
    snprintf(buf, sizeof buf, "%s%ld", prefix, n);
    return gp_str_from_cstr(t, buf);
}

static int64_t small(Value v) { return v_is_int(v) ? v_int(v) : INT64_MIN; }

/* The keys in iteration order, as small ints, into out[]; returns how
 * many (at most cap). */
static size_t keys_of(Value d, int64_t *out, size_t cap) {
    size_t pos = 0, n = 0;
    Value k, v;
    while (gp_dict_next(d, &pos, &k, &v))
        if (n < cap) out[n++] = small(k);
    return n;
}

static int keys_are(Value d, const int64_t *want, size_t n) {
    int64_t got[64];
    size_t m = keys_of(d, got, 64);
    if (m != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (got[i] != want[i]) return 0;
    return 1;
}

static int lookup_is(GpThread *t, Value d, Value key, Value want) {
    Value v = VNULL;
    int r = gp_dict_lookup(t, d, key, &v);
    return r == 1 && v == want;
}

static int absent(GpThread *t, Value d, Value key) {
    Value v = VNULL;
    return gp_dict_lookup(t, d, key, &v) == 0 && !t->exc;
}

/* ---- insertion order, overwrite, deletion */

static void test_order(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    CHECK(tl, d && gp_dict_obj(d)->used == 0);
    size_t pos = 0;
    Value k, v;
    CHECK(tl, gp_dict_next(d, &pos, &k, &v) == 0);
    CHECK(tl, absent(t, d, I(t, 1)));

    int64_t order[] = {5, 3, 9, 1, -7, 100};
    for (size_t i = 0; i < 6; i++) CHECK(tl, gp_dict_set(t, d, I(t, order[i]), I(t, (int64_t)i * 10)) == 0);
    CHECK(tl, gp_dict_obj(d)->used == 6);
    CHECK(tl, keys_are(d, order, 6));
    for (size_t i = 0; i < 6; i++) CHECK(tl, lookup_is(t, d, I(t, order[i]), I(t, (int64_t)i * 10)));

    /* Overwriting keeps the key where it was. */
    CHECK(tl, gp_dict_set(t, d, I(t, 3), S(t, "three")) == 0);
    CHECK(tl, keys_are(d, order, 6));
    CHECK(tl, gp_dict_obj(d)->used == 6);
    Value three;
    CHECK(tl, gp_dict_lookup(t, d, I(t, 3), &three) == 1 && gp_is_str(three) && gp_str_eq_cstr(three, "three"));

    /* Deleting removes; re-inserting appends at the end. */
    CHECK(tl, gp_dict_del(t, d, I(t, 9)) == 1);
    CHECK(tl, gp_dict_del(t, d, I(t, 9)) == 0 && !t->exc);
    CHECK(tl, absent(t, d, I(t, 9)));
    int64_t after_del[] = {5, 3, 1, -7, 100};
    CHECK(tl, keys_are(d, after_del, 5));
    CHECK(tl, gp_dict_set(t, d, I(t, 9), V_NONE) == 0);
    int64_t after_reinsert[] = {5, 3, 1, -7, 100, 9};
    CHECK(tl, keys_are(d, after_reinsert, 6));
    CHECK(tl, lookup_is(t, d, I(t, 9), V_NONE));

    /* Delete everything, then refill: order is the new insertion order. */
    for (size_t i = 0; i < 6; i++) CHECK(tl, gp_dict_del(t, d, I(t, after_reinsert[i])) == 1);
    CHECK(tl, gp_dict_obj(d)->used == 0);
    pos = 0;
    CHECK(tl, gp_dict_next(d, &pos, &k, &v) == 0);
    int64_t refill[] = {100, 1, 5};
    for (size_t i = 0; i < 3; i++) CHECK(tl, gp_dict_set(t, d, I(t, refill[i]), V_TRUE) == 0);
    CHECK(tl, keys_are(d, refill, 3));

    /* Churn: deleting and re-adding one key many times never loses the
     * others nor grows without bound. */
    for (int i = 0; i < 5000; i++) {
        if (gp_dict_del(t, d, I(t, 1)) != 1 || gp_dict_set(t, d, I(t, 1), I(t, i)) != 0) {
            CHECK(tl, !"churn");
            break;
        }
    }
    int64_t churned[] = {100, 5, 1};
    CHECK(tl, keys_are(d, churned, 3));
    CHECK(tl, lookup_is(t, d, I(t, 1), I(t, 4999)));
    CHECK(tl, gp_dict_obj(d)->entries_cap < 64);
}

/* ---- growth through many sizes */

static void test_growth_int(Tally *tl, GpThread *t) {
    static const size_t sizes[] = {1, 2, 5, 6, 7, 8, 11, 12, 22, 43, 85, 86, 87, 128, 129, 171, 1000, 21845, 21846, 100000};
    for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++) {
        size_t n = sizes[si];
        Value d = gp_dict_new(t);
        /* Keys in a scrambled but known order: k(i) = i * 7919 mod p. */
        const int64_t p = 1000003;
        int ok = 1;
        for (size_t i = 0; i < n && ok; i++) ok = gp_dict_set(t, d, I(t, (int64_t)i * 7919 % p), I(t, (int64_t)i)) == 0;
        CHECK(tl, ok);
        CHECK(tl, gp_dict_obj(d)->used == n);
        int found = 1;
        for (size_t i = 0; i < n && found; i++) found = lookup_is(t, d, I(t, (int64_t)i * 7919 % p), I(t, (int64_t)i));
        CHECK(tl, found);
        int miss = 1;
        for (size_t i = 0; i < 200 && miss; i++) miss = absent(t, d, I(t, -(int64_t)i - 1));
        CHECK(tl, miss);
        size_t pos = 0, i = 0;
        Value k, v;
        int in_order = 1;
        while (gp_dict_next(d, &pos, &k, &v)) {
            if (small(k) != (int64_t)i * 7919 % p || small(v) != (int64_t)i) in_order = 0;
            i++;
        }
        CHECK(tl, in_order && i == n);
        /* Delete every other key and check the rest. */
        int del_ok = 1;
        for (size_t j = 0; j < n && del_ok; j += 2) del_ok = gp_dict_del(t, d, I(t, (int64_t)j * 7919 % p)) == 1;
        CHECK(tl, del_ok);
        CHECK(tl, gp_dict_obj(d)->used == n / 2);
        int rest = 1;
        for (size_t j = 0; j < n && rest; j++) {
            Value key = I(t, (int64_t)j * 7919 % p);
            rest = j % 2 ? lookup_is(t, d, key, I(t, (int64_t)j)) : absent(t, d, key);
        }
        CHECK(tl, rest);
    }
}

static void test_growth_str(Tally *tl, GpThread *t) {
    static const size_t sizes[] = {1, 9, 86, 300, 5000, 100000};
    for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++) {
        size_t n = sizes[si];
        Value d = gp_dict_new(t);
        int ok = 1;
        for (size_t i = 0; i < n && ok; i++) ok = gp_dict_set(t, d, Sn(t, "key", (long)i), I(t, (int64_t)i)) == 0;
        CHECK(tl, ok && gp_dict_obj(d)->used == n);
        /* Lookups with equal but distinct str objects. */
        int found = 1;
        for (size_t i = 0; i < n && found; i++) found = lookup_is(t, d, Sn(t, "key", (long)i), I(t, (int64_t)i));
        CHECK(tl, found);
        int by_str = 1;
        for (size_t i = 0; i < n && by_str; i += 7) by_str = gp_dict_get_str(d, Sn(t, "key", (long)i)) == I(t, (int64_t)i);
        CHECK(tl, by_str);
        CHECK(tl, gp_dict_get_str(d, S(t, "nokey")) == VNULL);
        CHECK(tl, absent(t, d, S(t, "key")));
        CHECK(tl, absent(t, d, Sn(t, "key", (long)n)));
        size_t pos = 0, i = 0;
        Value k, v;
        int in_order = 1;
        char buf[64];
        while (gp_dict_next(d, &pos, &k, &v)) {
            snprintf(buf, sizeof buf, "key%zu", i);
            if (!gp_str_eq_cstr(k, buf) || small(v) != (int64_t)i) in_order = 0;
            i++;
        }
        CHECK(tl, in_order && i == n);
    }
    /* The C-string helpers. */
    Value d = gp_dict_new(t);
    CHECK(tl, gp_dict_set_cstr(t, d, "alpha", I(t, 1)) == 0);
    CHECK(tl, gp_dict_set_cstr(t, d, "beta", I(t, 2)) == 0);
    CHECK(tl, gp_dict_get_cstr(d, "beta") == I(t, 2));
    CHECK(tl, gp_dict_get_cstr(d, "gamma") == VNULL);
    CHECK(tl, lookup_is(t, d, S(t, "alpha"), I(t, 1)));
    CHECK(tl, gp_dict_find_str_index(d, S(t, "beta")) == 1);
    CHECK(tl, gp_dict_find_str_index(d, S(t, "gamma")) == -1);
}

/* ---- equal keys of different types */

static void test_equal_keys(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    CHECK(tl, gp_dict_set(t, d, I(t, 1), S(t, "int")) == 0);
    Value v;
    CHECK(tl, gp_dict_lookup(t, d, v_from_float(1.0), &v) == 1 && gp_str_eq_cstr(v, "int"));
    CHECK(tl, gp_dict_lookup(t, d, V_TRUE, &v) == 1 && gp_str_eq_cstr(v, "int"));
    CHECK(tl, absent(t, d, V_FALSE));
    CHECK(tl, absent(t, d, v_from_float(1.5)));
    CHECK(tl, absent(t, d, S(t, "1")));
    /* Setting through an equal key replaces the value, keeps the key. */
    CHECK(tl, gp_dict_set(t, d, V_TRUE, S(t, "bool")) == 0);
    CHECK(tl, gp_dict_set(t, d, v_from_float(1.0), S(t, "float")) == 0);
    CHECK(tl, gp_dict_obj(d)->used == 1);
    size_t pos = 0;
    Value k;
    CHECK(tl, gp_dict_next(d, &pos, &k, &v) == 1 && v_is_int(k) && v_int(k) == 1 && gp_str_eq_cstr(v, "float"));
    /* 0, 0.0, -0.0 and False. */
    CHECK(tl, gp_dict_set(t, d, v_from_float(-0.0), S(t, "zero")) == 0);
    CHECK(tl, gp_dict_lookup(t, d, I(t, 0), &v) == 1 && gp_str_eq_cstr(v, "zero"));
    CHECK(tl, gp_dict_lookup(t, d, V_FALSE, &v) == 1 && gp_str_eq_cstr(v, "zero"));
    CHECK(tl, gp_dict_del(t, d, v_from_float(0.0)) == 1);
    CHECK(tl, gp_dict_obj(d)->used == 1);
    /* A bignum key and the equal float. */
    Value big = gp_int_from_u64(t, UINT64_C(1) << 63);
    CHECK(tl, big && gp_dict_set(t, d, big, S(t, "big")) == 0);
    CHECK(tl, gp_dict_lookup(t, d, v_from_float(9223372036854775808.0), &v) == 1 && gp_str_eq_cstr(v, "big"));
    CHECK(tl, gp_dict_lookup(t, d, gp_int_from_u64(t, UINT64_C(1) << 63), &v) == 1);
    CHECK(tl, absent(t, d, gp_int_from_u64(t, (UINT64_C(1) << 63) + 1)));
    /* -1 and -2 hash alike (-1 is reserved) but are different keys. */
    CHECK(tl, gp_dict_set(t, d, I(t, -1), S(t, "m1")) == 0);
    CHECK(tl, gp_dict_set(t, d, I(t, -2), S(t, "m2")) == 0);
    CHECK(tl, gp_dict_lookup(t, d, I(t, -1), &v) == 1 && gp_str_eq_cstr(v, "m1"));
    CHECK(tl, gp_dict_lookup(t, d, I(t, -2), &v) == 1 && gp_str_eq_cstr(v, "m2"));
    /* Tuples hash and compare by content. */
    Value tup = gp_tuple_pack(t, 2, I(t, 1), S(t, "x"));
    CHECK(tl, gp_dict_set(t, d, tup, V_NONE) == 0);
    CHECK(tl, lookup_is(t, d, gp_tuple_pack(t, 2, v_from_float(1.0), S(t, "x")), V_NONE));
    /* Unhashable keys raise TypeError. */
    Value list = gp_list_new(t, 0);
    CHECK(tl, gp_dict_set(t, d, list, V_NONE) == -1 && gp_exc_matches(t, &gp_TypeError));
    gp_exc_clear(t);
    CHECK(tl, gp_dict_lookup(t, d, list, &v) == -1 && gp_exc_matches(t, &gp_TypeError));
    gp_exc_clear(t);
    CHECK(tl, gp_dict_del(t, d, list) == -1 && gp_exc_matches(t, &gp_TypeError));
    gp_exc_clear(t);
}

/* ---- keys whose __eq__ raises: a C type whose instances all hash to 42
 * and whose == raises ValueError. */

static int boom_hash(GpThread *t, Value self, int64_t *out) {
    (void)t;
    (void)self;
    *out = 42;
    return 0;
}

static Value boom_richcmp(GpThread *t, Value a, Value b, int op) {
    (void)a;
    (void)b;
    if (op != GP_EQ && op != GP_NE) return V_NOTIMPL;
    return gp_raise(t, &gp_ValueError, "boom");
}

static void test_raising_eq(Tally *tl, GpThread *t, GpType *boom) {
    Value d = gp_dict_new(t);
    GpObj *a = gp_alloc(t, boom, sizeof(GpObj)), *b = gp_alloc(t, boom, sizeof(GpObj));
    Value av = v_from_obj(a), bv = v_from_obj(b), v;
    CHECK(tl, gp_dict_set(t, d, av, I(t, 1)) == 0);
    /* Identity is tried before ==, so the key itself is always found. */
    CHECK(tl, lookup_is(t, d, av, I(t, 1)));
    CHECK(tl, gp_dict_set(t, d, av, I(t, 2)) == 0 && lookup_is(t, d, av, I(t, 2)));
    /* A different key with the same hash must compare: the error comes
     * back as -1 with ValueError set, and the dict is unchanged. */
    CHECK(tl, gp_dict_lookup(t, d, bv, &v) == -1 && gp_exc_matches(t, &gp_ValueError));
    gp_exc_clear(t);
    CHECK(tl, gp_dict_set(t, d, bv, I(t, 3)) == -1 && gp_exc_matches(t, &gp_ValueError));
    gp_exc_clear(t);
    CHECK(tl, gp_dict_del(t, d, bv) == -1 && gp_exc_matches(t, &gp_ValueError));
    gp_exc_clear(t);
    CHECK(tl, gp_dict_obj(d)->used == 1 && lookup_is(t, d, av, I(t, 2)));
    /* Keys with other hashes never compare with it. */
    CHECK(tl, gp_dict_set(t, d, I(t, 7), I(t, 7)) == 0 && lookup_is(t, d, I(t, 7), I(t, 7)));
    CHECK(tl, absent(t, d, I(t, 8)));
    CHECK(tl, gp_dict_del(t, d, av) == 1 && gp_dict_obj(d)->used == 1);
    /* With `a` gone, `b` can go in (no live key to compare with). */
    CHECK(tl, gp_dict_set(t, d, bv, I(t, 3)) == 0 && lookup_is(t, d, bv, I(t, 3)));
    CHECK(tl, !t->exc);
}

/* NaN is not equal to itself; the identity test still finds it. */
static void test_nan(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    Value nan = v_from_float(NAN), v;
    CHECK(tl, gp_dict_set(t, d, nan, I(t, 1)) == 0);
    CHECK(tl, gp_dict_lookup(t, d, nan, &v) == 1 && v == I(t, 1));
    CHECK(tl, gp_dict_set(t, d, nan, I(t, 2)) == 0 && gp_dict_obj(d)->used == 1);
    CHECK(tl, lookup_is(t, d, nan, I(t, 2)));
    CHECK(tl, gp_dict_set(t, d, v_from_float(INFINITY), I(t, 3)) == 0);
    CHECK(tl, lookup_is(t, d, v_from_float(INFINITY), I(t, 3)));
    CHECK(tl, gp_dict_del(t, d, nan) == 1 && absent(t, d, nan));
}

/* ---- iteration across deletions */

static void test_iteration(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    for (int i = 0; i < 50; i++) gp_dict_set(t, d, I(t, i), I(t, i * i));
    /* Delete the current key when it is even, and when it is a multiple
     * of 10 also the key 5 ahead: every key not deleted ahead of the walk
     * is seen exactly once. */
    size_t pos = 0;
    Value k, v;
    int seen[50] = {0}, bad = 0;
    while (gp_dict_next(d, &pos, &k, &v)) {
        int64_t i = small(k);
        if (i < 0 || i >= 50 || small(v) != i * i) {
            bad = 1;
            break;
        }
        seen[i]++;
        if (i % 2 == 0 && gp_dict_del(t, d, k) != 1) bad = 1;
        if (i % 10 == 0 && gp_dict_del(t, d, I(t, i + 5)) != 1) bad = 1;
    }
    CHECK(tl, !bad);
    int once = 1;
    size_t expect = 0;
    for (int i = 0; i < 50; i++) {
        int deleted_ahead = i % 10 == 5;
        if (seen[i] != (deleted_ahead ? 0 : 1)) once = 0;
        if (i % 2 && !deleted_ahead) expect++;
    }
    CHECK(tl, once);
    CHECK(tl, gp_dict_obj(d)->used == expect);
    /* Key-only and value-only iteration. */
    pos = 0;
    size_t n = 0;
    while (gp_dict_next(d, &pos, NULL, &v)) n++;
    CHECK(tl, n == expect);
    pos = 0;
    n = 0;
    while (gp_dict_next(d, &pos, &k, NULL)) n++;
    CHECK(tl, n == expect);
    /* Values added during iteration come at the end and are visited. */
    Value e = gp_dict_new(t);
    gp_dict_set(t, e, I(t, 1), V_NONE);
    pos = 0;
    n = 0;
    while (gp_dict_next(e, &pos, &k, &v) && n < 10) {
        if (small(k) < 5) gp_dict_set(t, e, I(t, small(k) + 1), V_NONE);
        n++;
    }
    CHECK(tl, n == 5);
}

/* ---- copy and update */

static void test_copy_update(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    int64_t keys[] = {30, 10, 20, 40};
    for (int i = 0; i < 4; i++) gp_dict_set(t, d, I(t, keys[i]), I(t, i));
    gp_dict_del(t, d, I(t, 10));
    Value c = gp_dict_copy(t, d);
    int64_t want[] = {30, 20, 40};
    CHECK(tl, c && c != d && keys_are(c, want, 3));
    CHECK(tl, lookup_is(t, c, I(t, 40), I(t, 3)));
    gp_dict_set(t, c, I(t, 50), V_NONE);
    gp_dict_set(t, c, I(t, 30), V_TRUE);
    CHECK(tl, gp_dict_obj(d)->used == 3 && absent(t, d, I(t, 50)) && lookup_is(t, d, I(t, 30), I(t, 0)));
    Value empty = gp_dict_copy(t, gp_dict_new(t));
    CHECK(tl, empty && gp_dict_obj(empty)->used == 0);
    /* Copy of a large dict with holes. */
    Value big = gp_dict_new(t);
    for (int i = 0; i < 3000; i++) gp_dict_set(t, big, I(t, i), I(t, -i));
    for (int i = 0; i < 3000; i += 3) gp_dict_del(t, big, I(t, i));
    Value bc = gp_dict_copy(t, big);
    int same = gp_dict_obj(bc)->used == 2000;
    size_t p1 = 0, p2 = 0;
    Value k1, v1, k2, v2;
    while (same && gp_dict_next(big, &p1, &k1, &v1)) {
        same = gp_dict_next(bc, &p2, &k2, &v2) && k1 == k2 && v1 == v2;
    }
    CHECK(tl, same && !gp_dict_next(bc, &p2, &k2, &v2));

    /* update from a dict: existing keys keep their place, new ones append. */
    Value u = gp_dict_new(t);
    gp_dict_set(t, u, I(t, 40), S(t, "forty"));
    gp_dict_set(t, u, I(t, 60), S(t, "sixty"));
    gp_dict_set(t, u, I(t, 30), S(t, "thirty"));
    CHECK(tl, gp_dict_update(t, d, u) == 0);
    int64_t upd[] = {30, 20, 40, 60};
    CHECK(tl, keys_are(d, upd, 4));
    Value v;
    CHECK(tl, gp_dict_lookup(t, d, I(t, 30), &v) == 1 && gp_str_eq_cstr(v, "thirty"));
    /* update with itself changes nothing. */
    CHECK(tl, gp_dict_update(t, d, d) == 0 && keys_are(d, upd, 4));
    /* update from a list of pairs. */
    Value pairs = gp_list_new(t, 0);
    gp_list_append(t, pairs, gp_tuple_pack(t, 2, I(t, 70), I(t, 7)));
    gp_list_append(t, pairs, gp_tuple_pack(t, 2, I(t, 20), I(t, 2)));
    Value l2 = gp_list_new(t, 0);
    gp_list_append(t, l2, I(t, 80));
    gp_list_append(t, l2, I(t, 8));
    gp_list_append(t, pairs, l2);
    CHECK(tl, gp_dict_update(t, d, pairs) == 0);
    int64_t upd2[] = {30, 20, 40, 60, 70, 80};
    CHECK(tl, keys_are(d, upd2, 6) && lookup_is(t, d, I(t, 20), I(t, 2)) && lookup_is(t, d, I(t, 80), I(t, 8)));
    /* Malformed pairs: CPython's messages. */
    Value bad = gp_list_new(t, 0);
    gp_list_append(t, bad, I(t, 1));
    CHECK(tl, gp_dict_update(t, d, bad) == -1 && gp_exc_matches(t, &gp_TypeError));
    Value msg = t->exc ? gp_str(t, t->exc) : VNULL;
    gp_exc_clear(t);
    CHECK(tl, msg && gp_str_eq_cstr(msg, "cannot convert dictionary update sequence element #0 to a sequence"));
    Value bad2 = gp_list_new(t, 0);
    gp_list_append(t, bad2, gp_tuple_pack(t, 2, I(t, 1), I(t, 2)));
    gp_list_append(t, bad2, gp_tuple_pack(t, 3, I(t, 1), I(t, 2), I(t, 3)));
    CHECK(tl, gp_dict_update(t, d, bad2) == -1 && gp_exc_matches(t, &gp_ValueError));
    msg = t->exc ? gp_str(t, t->exc) : VNULL;
    gp_exc_clear(t);
    CHECK(tl, msg && gp_str_eq_cstr(msg, "dictionary update sequence element #1 has length 3; 2 is required"));
    /* The pair before the bad one was applied, as in CPython. */
    CHECK(tl, lookup_is(t, d, I(t, 1), I(t, 2)));
    CHECK(tl, gp_dict_update(t, d, I(t, 5)) == -1 && gp_exc_matches(t, &gp_TypeError));
    gp_exc_clear(t);
}

/* ---- versions */

static void test_versions(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t), e = gp_dict_new(t);
    uint64_t v0 = gp_dict_obj(d)->version;
    gp_dict_set(t, d, I(t, 1), I(t, 1));
    uint64_t v1 = gp_dict_obj(d)->version;
    CHECK(tl, v1 != v0);
    gp_dict_set(t, d, I(t, 1), I(t, 2));
    CHECK(tl, gp_dict_obj(d)->version == v1);
    gp_dict_set(t, d, v_from_float(1.0), I(t, 3));
    CHECK(tl, gp_dict_obj(d)->version == v1);
    gp_dict_set(t, d, I(t, 2), I(t, 2));
    uint64_t v2 = gp_dict_obj(d)->version;
    CHECK(tl, v2 != v1);
    gp_dict_set(t, e, I(t, 2), I(t, 2));
    CHECK(tl, gp_dict_obj(e)->version != v2);
    CHECK(tl, gp_dict_del(t, d, I(t, 3)) == 0 && gp_dict_obj(d)->version == v2);
    CHECK(tl, gp_dict_del(t, d, I(t, 2)) == 1);
    uint64_t v3 = gp_dict_obj(d)->version;
    CHECK(tl, v3 != v2 && v3 != v1);
    /* An update that only replaces values keeps the version. */
    Value u = gp_dict_new(t);
    gp_dict_set(t, u, I(t, 1), I(t, 100));
    CHECK(tl, gp_dict_update(t, d, u) == 0 && gp_dict_obj(d)->version == v3 && lookup_is(t, d, I(t, 1), I(t, 100)));
    gp_dict_set(t, u, I(t, 9), I(t, 9));
    CHECK(tl, gp_dict_update(t, d, u) == 0 && gp_dict_obj(d)->version != v3);
    /* Each version is new: inserts across a resize keep changing it. */
    uint64_t last = gp_dict_obj(d)->version;
    int fresh = 1;
    for (int i = 100; i < 400 && fresh; i++) {
        gp_dict_set(t, d, I(t, i), V_NONE);
        fresh = gp_dict_obj(d)->version != last;
        last = gp_dict_obj(d)->version;
    }
    CHECK(tl, fresh);
    /* gp_dict_find_str_index only moves together with the version. */
    Value g = gp_dict_new(t);
    Value name = S(t, "name");
    gp_dict_set(t, g, S(t, "a"), V_NONE);
    gp_dict_set(t, g, name, V_TRUE);
    int64_t ix = gp_dict_find_str_index(g, name);
    uint64_t gv = gp_dict_obj(g)->version;
    CHECK(tl, ix == 1 && gp_dict_obj(g)->entries[ix].value == V_TRUE);
    gp_dict_set(t, g, name, V_FALSE);
    CHECK(tl, gp_dict_obj(g)->version == gv && gp_dict_find_str_index(g, name) == ix);
    for (int i = 0; i < 100; i++) gp_dict_set(t, g, Sn(t, "x", i), V_NONE);
    gp_dict_del(t, g, S(t, "a"));
    for (int i = 100; i < 200; i++) gp_dict_set(t, g, Sn(t, "x", i), V_NONE);
    int64_t ix2 = gp_dict_find_str_index(g, name);
    CHECK(tl, gp_dict_obj(g)->version != gv && ix2 >= 0 && gp_dict_obj(g)->entries[ix2].value == V_FALSE);
}

/* ---- index slot widths: entry numbers beyond int8 (>127) and int16
 * (>32767) must survive in the index. */

static int expected_width(size_t index_size) {
    return index_size <= 128 ? 1 : index_size <= 32768 ? 2 : 4;
}

static void test_index_width(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    int widths_ok = 1, saw1 = 0, saw2 = 0, saw4 = 0;
    size_t n = 40000;
    for (size_t i = 0; i < n; i++) {
        if (gp_dict_set(t, d, I(t, (int64_t)i * 31), I(t, (int64_t)i)) != 0) {
            widths_ok = 0;
            break;
        }
        GpDict *dd = gp_dict_obj(d);
        if (dd->index_width != expected_width(dd->index_size)) widths_ok = 0;
        saw1 |= dd->index_width == 1;
        saw2 |= dd->index_width == 2;
        saw4 |= dd->index_width == 4;
        /* At the thresholds, every key must still be found. */
        if (i == 85 || i == 86 || i == 130 || i == 21845 || i == 21846 || i == 32770 || i == n - 1) {
            int all = 1;
            for (size_t j = 0; j <= i && all; j++) all = lookup_is(t, d, I(t, (int64_t)j * 31), I(t, (int64_t)j));
            CHECK(tl, all);
        }
    }
    CHECK(tl, widths_ok);
    CHECK(tl, saw1 && saw2 && saw4);
    CHECK(tl, gp_dict_obj(d)->index_size * 2 / 3 >= n);
    /* Deleting down to a few keys and inserting again shrinks the table on
     * its next resize, back through the narrower widths. */
    for (size_t i = 0; i < n - 10; i++) gp_dict_del(t, d, I(t, (int64_t)i * 31));
    CHECK(tl, gp_dict_obj(d)->used == 10);
    for (int64_t i = 0; i < 200000 && gp_dict_obj(d)->index_width == 4; i++) {
        gp_dict_set(t, d, I(t, -1 - i), V_NONE);
        gp_dict_del(t, d, I(t, -1 - i));
    }
    GpDict *dd = gp_dict_obj(d);
    CHECK(tl, dd->index_width == expected_width(dd->index_size) && dd->index_width < 4);
    int rest = 1;
    for (size_t i = n - 10; i < n && rest; i++) rest = lookup_is(t, d, I(t, (int64_t)i * 31), I(t, (int64_t)i));
    CHECK(tl, rest);
    /* A dict of exactly 128 and 129 entries: entry index 128 does not fit
     * a signed byte. */
    for (size_t m = 127; m <= 130; m++) {
        Value e = gp_dict_new(t);
        for (size_t i = 0; i < m; i++) gp_dict_set(t, e, I(t, (int64_t)i), I(t, (int64_t)i));
        int all = 1;
        for (size_t i = 0; i < m && all; i++) all = lookup_is(t, e, I(t, (int64_t)i), I(t, (int64_t)i));
        CHECK(tl, all);
    }
}

/* ---- a key whose __eq__ mutates the dict being searched: a C type
 * holding the dict, whose == inserts many keys into it (forcing a resize)
 * the first time it runs, then answers False. */

typedef struct Mutator {
    GpObj hdr;
    Value target; /* the dict to mutate, VNULL once done */
} Mutator;

static void mutator_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((Mutator *)self)->target); }

static Value mutator_richcmp(GpThread *t, Value a, Value b, int op) {
    if (op != GP_EQ) return V_NOTIMPL;
    if (!v_is_obj(a) || !v_is_obj(b) || v_type(a) != v_type(b)) return V_NOTIMPL;
    Mutator *x = (Mutator *)v_obj(a), *y = (Mutator *)v_obj(b);
    Value target = x->target ? x->target : y->target;
    if (target) {
        x->target = y->target = VNULL;
        for (int i = 0; i < 200; i++)
            if (gp_dict_set(t, target, I(t, 1000 + i), I(t, i)) < 0) return VNULL;
    }
    return V_FALSE;
}

static void test_mutating_eq(Tally *tl, GpThread *t, GpType *mut) {
    Value d = gp_dict_new(t);
    Mutator *a = gp_alloc(t, mut, sizeof(Mutator)), *b = gp_alloc(t, mut, sizeof(Mutator));
    Value av = v_from_obj(a), bv = v_from_obj(b), v;
    CHECK(tl, gp_dict_set(t, d, av, S(t, "a")) == 0);
    a->target = d;
    /* The lookup compares a with b, which grows the dict under it. */
    CHECK(tl, gp_dict_lookup(t, d, bv, &v) == 0 && !t->exc);
    CHECK(tl, gp_dict_obj(d)->used == 201);
    CHECK(tl, gp_dict_lookup(t, d, av, &v) == 1 && gp_str_eq_cstr(v, "a"));
    int all = 1;
    for (int i = 0; i < 200 && all; i++) all = lookup_is(t, d, I(t, 1000 + i), I(t, i));
    CHECK(tl, all);
    /* Inserting b while a's == mutates: b goes in once, nothing is lost. */
    a->target = d;
    CHECK(tl, gp_dict_set(t, d, bv, S(t, "b")) == 0 && !t->exc);
    CHECK(tl, gp_dict_obj(d)->used == 202);
    CHECK(tl, gp_dict_lookup(t, d, bv, &v) == 1 && gp_str_eq_cstr(v, "b"));
}

/* ---- the dict methods most tied to the table layout, via calls. */

static Value call0(GpThread *t, Value d, const char *name) { return gp_call_method(t, d, name, NULL, 0); }

static void test_methods(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    for (int i = 0; i < 6; i++) gp_dict_set(t, d, I(t, i), I(t, i * 10));
    Value item = call0(t, d, "popitem");
    CHECK(tl, item && gp_is_tuple(item) && gp_tuple_items(item)[0] == I(t, 5) && gp_tuple_items(item)[1] == I(t, 50));
    gp_dict_del(t, d, I(t, 4));
    item = call0(t, d, "popitem");
    CHECK(tl, item && gp_tuple_items(item)[0] == I(t, 3));
    /* Entries appended after popitem keep insertion order. */
    gp_dict_set(t, d, I(t, 77), V_NONE);
    gp_dict_set(t, d, I(t, 3), V_NONE);
    int64_t want[] = {0, 1, 2, 77, 3};
    CHECK(tl, keys_are(d, want, 5));
    Value args[2] = {I(t, 1), S(t, "dflt")};
    Value r = gp_call_method(t, d, "pop", args, 1);
    CHECK(tl, r == I(t, 10) && absent(t, d, I(t, 1)));
    r = gp_call_method(t, d, "pop", args, 2);
    CHECK(tl, r && gp_is_str(r));
    r = gp_call_method(t, d, "pop", args, 1);
    CHECK(tl, !r && gp_exc_matches(t, &gp_KeyError));
    gp_exc_clear(t);
    Value sd[2] = {I(t, 2), V_TRUE};
    CHECK(tl, gp_call_method(t, d, "setdefault", sd, 2) == I(t, 20));
    sd[0] = I(t, 9);
    CHECK(tl, gp_call_method(t, d, "setdefault", sd, 2) == V_TRUE && lookup_is(t, d, I(t, 9), V_TRUE));
    uint64_t ver = gp_dict_obj(d)->version;
    CHECK(tl, call0(t, d, "clear") == V_NONE && gp_dict_obj(d)->used == 0 && gp_dict_obj(d)->version != ver);
    CHECK(tl, !call0(t, d, "popitem") && gp_exc_matches(t, &gp_KeyError));
    gp_exc_clear(t);
    gp_dict_set(t, d, I(t, 5), V_NONE);
    int64_t after_clear[] = {5};
    CHECK(tl, keys_are(d, after_clear, 1));
    /* Equality ignores order. */
    Value x = gp_dict_new(t), y = gp_dict_new(t);
    for (int i = 0; i < 50; i++) gp_dict_set(t, x, I(t, i), I(t, -i));
    for (int i = 49; i >= 0; i--) gp_dict_set(t, y, I(t, i), I(t, -i));
    CHECK(tl, gp_eq(t, x, y) == 1);
    gp_dict_set(t, y, I(t, 0), I(t, 1));
    CHECK(tl, gp_eq(t, x, y) == 0);
}

/* gp_dict_get_str and gp_dict_find_str_index take no thread and cannot
 * raise: a non-str key whose hash equals the str's must simply not
 * match. Run in a child process, since a failure here is a crash. */
static void test_str_lookup_collision(Tally *tl, GpThread *t) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        Value d = gp_dict_new(t);
        Value name = S(t, "name");
        gp_dict_set(t, d, gp_int_from_i64(t, gp_str_hash(name)), V_NONE);
        int ok = gp_dict_get_str(d, name) == VNULL && gp_dict_find_str_index(d, name) == -1;
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    int waited = pid > 0 && waitpid(pid, &status, 0) == pid;
    CHECK(tl, waited && WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* ---- survival across collections: keys and values are traced. */

static void test_gc(Tally *tl, GpThread *t) {
    Value d = gp_dict_new(t);
    for (int i = 0; i < 2000; i++) gp_dict_set(t, d, Sn(t, "gc", i), gp_tuple_pack(t, 1, Sn(t, "val", i)));
    gp_gc_collect(t);
    /* Allocate enough garbage to reuse any wrongly freed memory. */
    for (int i = 0; i < 20000; i++) Sn(t, "garbage-garbage-", i);
    gp_gc_collect(t);
    int ok = gp_dict_obj(d)->used == 2000;
    char buf[32];
    for (int i = 0; i < 2000 && ok; i++) {
        Value v;
        ok = gp_dict_lookup(t, d, Sn(t, "gc", i), &v) == 1 && gp_is_tuple(v) && gp_tuple_len(v) == 1;
        snprintf(buf, sizeof buf, "val%d", i);
        ok = ok && gp_str_eq_cstr(gp_tuple_items(v)[0], buf);
    }
    CHECK(tl, ok);
}

int main(void) {
    gp_types_init();
    GpInterp *in = gp_interp_new();
    if (!in) {
        fprintf(stderr, "cannot create an interpreter\n");
        printf("0 passed, 1 failed\n");
        return 1;
    }
    GpThread *t = in->main_thread;
    GpType boom = {
        .hdr = {&gp_type_type},
        .name = "Boom",
        .base = &gp_object_type,
        .size = sizeof(GpObj),
        .hash = boom_hash,
        .richcmp = boom_richcmp,
    };
    gp_type_ready(NULL, &boom);
    GpType mutator = {
        .hdr = {&gp_type_type},
        .name = "Mutator",
        .base = &gp_object_type,
        .size = sizeof(Mutator),
        .hash = boom_hash,
        .richcmp = mutator_richcmp,
        .trace = mutator_trace,
    };
    gp_type_ready(NULL, &mutator);
    Tally tl = {0, 0, 0};
    test_order(&tl, t);
    test_growth_int(&tl, t);
    test_growth_str(&tl, t);
    test_equal_keys(&tl, t);
    test_raising_eq(&tl, t, &boom);
    test_nan(&tl, t);
    test_iteration(&tl, t);
    test_copy_update(&tl, t);
    test_versions(&tl, t);
    test_index_width(&tl, t);
    test_mutating_eq(&tl, t, &mutator);
    test_methods(&tl, t);
    test_str_lookup_collision(&tl, t);
    test_gc(&tl, t);
    CHECK(&tl, !t->exc);
    gp_interp_free(in);
    printf("%ld passed, %ld failed\n", tl.passed, tl.failed);
    return tl.failed ? 1 : 0;
}
