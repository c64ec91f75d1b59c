/* random.c - the _random module: _random.Random, the Mersenne Twister
 * core under lib/random.py's Random class (which subclasses it).
 *
 * The generator state (mod/mt19937.h) lives inside the object as plain
 * words, so the type needs no trace slot. Seeding follows CPython's
 * random_seed exactly, so that every seed gives CPython's numbers: an int
 * seed uses all the bits of its absolute value, as 32-bit words least
 * significant first; None takes 624 words from the OS; any other value
 * seeds with its hash as an unsigned 64-bit int (random.py turns str and
 * bytes into ints before they get here).
 */
#include <limits.h>
#include <stdlib.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "mt19937.h"
#include "urandom.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

typedef struct RandomObj {
    GpObj hdr;
    GpMt mt;
} RandomObj;

extern GpType gp_random_type;

static GpMt *mt_of(Value v) { return &((RandomObj *)v_obj(v))->mt; }

static int seed_from(GpThread *t, GpMt *mt, Value arg) {
    if (!arg || arg == V_NONE) {
        uint32_t key[GP_MT_N];
        if (gp_urandom(t, key, sizeof key) < 0) return -1;
        gp_mt_seed_array(mt, key, GP_MT_N);
        return 0;
    }
    if (gp_is_int(arg)) {
        size_t n;
        uint32_t *key = gp_int_abs_words(t, arg, &n);
        if (!key) return -1;
        gp_mt_seed_array(mt, key, n);
        free(key);
        return 0;
    }
    int64_t h;
    if (gp_hash(t, arg, &h) < 0) return -1;
    uint64_t u = (uint64_t)h;
    uint32_t key[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    gp_mt_seed_array(mt, key, key[1] ? 2 : 1);
    return 0;
}

static Value random_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args, (void)nargs, (void)kw;
    GpType *type = (GpType *)v_obj(callable);
    RandomObj *r = gp_alloc(t, type, type->size);
    return r ? v_from_obj(r) : VNULL;
}

static int random_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    GpType *type = v_type(self);
    if ((type == &gp_random_type || type->init == gp_random_type.init) && gp_check_no_kw(t, "Random", kw) < 0)
        return -1;
    if (nargs > 1) return gp_raise_i(t, &gp_TypeError, "Random() requires 0 or 1 argument");
    return seed_from(t, mt_of(self), nargs ? args[0] : VNULL);
}

static Value m_seed(ARGS) {
    if (gp_check_no_kw(t, "Random.seed", kw) < 0 || gp_check_nargs(t, "seed", nargs, 0, 1) < 0) return VNULL;
    if (seed_from(t, mt_of(self), nargs ? args[0] : VNULL) < 0) return VNULL;
    return V_NONE;
}

static Value m_random(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "Random.random", kw) < 0 || gp_check_nargs(t, "Random.random", nargs, 0, 0) < 0)
        return VNULL;
    return v_from_float(gp_mt_random(mt_of(self)));
}

/* k random bits: whole words least significant first, the last one cut
 * down to the bits still wanted (from its top, as CPython does). */
static Value m_getrandbits(ARGS) {
    if (gp_check_no_kw(t, "Random.getrandbits", kw) < 0 || gp_check_nargs(t, "Random.getrandbits", nargs, 1, 1) < 0)
        return VNULL;
    Value kv = gp_index(t, args[0]);
    if (!kv) return VNULL;
    int64_t k;
    if (!gp_int_to_i64(kv, &k) || k > INT_MAX || k < INT_MIN)
        return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
    if (k < 0) return gp_raise(t, &gp_ValueError, "number of bits must be non-negative");
    GpMt *mt = mt_of(self);
    if (k == 0) return v_from_small(0);
    if (k <= 32) return v_from_small(gp_mt_next(mt) >> (32 - k));
    size_t nwords = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = malloc(nwords * sizeof(uint32_t));
    if (!w) return gp_raise_memory(t);
    for (size_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t r = gp_mt_next(mt);
        w[i] = k < 32 ? r >> (32 - k) : r;
    }
    Value v = gp_int_from_words(t, w, nwords);
    free(w);
    return v;
}

static Value m_getstate(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "Random.getstate", kw) < 0 || gp_check_nargs(t, "Random.getstate", nargs, 0, 0) < 0)
        return VNULL;
    GpMt *mt = mt_of(self);
    Value tup = gp_tuple_new(t, GP_MT_N + 1);
    if (!tup) return VNULL;
    Value *items = gp_tuple_items(tup);
    for (size_t i = 0; i < GP_MT_N; i++) items[i] = v_from_small(mt->state[i]);
    items[GP_MT_N] = v_from_small(mt->index);
    return tup;
}

/* A state word as PyLong_AsUnsignedLong reads it, kept modulo 2**32. */
static int state_word(GpThread *t, Value v, uint32_t *out) {
    if (!gp_is_int(v)) return gp_raise_i(t, &gp_TypeError, "an integer is required");
    if (gp_int_sign(v) < 0) return gp_raise_i(t, &gp_OverflowError, "can't convert negative value to unsigned int");
    size_t n;
    uint32_t *w = gp_int_abs_words(t, v, &n);
    if (!w) return -1;
    *out = w[0];
    free(w);
    if (n > 2) return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C unsigned long");
    return 0;
}

static Value m_setstate(ARGS) {
    if (gp_check_no_kw(t, "Random.setstate", kw) < 0 || gp_check_nargs(t, "Random.setstate", nargs, 1, 1) < 0)
        return VNULL;
    Value st = args[0];
    if (!gp_is_tuple(st)) return gp_raise(t, &gp_TypeError, "state vector must be a tuple");
    if (gp_tuple_len(st) != GP_MT_N + 1) return gp_raise(t, &gp_ValueError, "state vector is the wrong size");
    uint32_t words[GP_MT_N];
    for (size_t i = 0; i < GP_MT_N; i++)
        if (state_word(t, gp_tuple_items(st)[i], &words[i]) < 0) return VNULL;
    Value iv = gp_index(t, gp_tuple_items(st)[GP_MT_N]);
    if (!iv) return VNULL;
    int64_t index;
    if (gp_int_as_i64(t, iv, &index) < 0) return VNULL;
    if (index < 0 || index > GP_MT_N) return gp_raise(t, &gp_ValueError, "invalid state");
    GpMt *mt = mt_of(self);
    for (size_t i = 0; i < GP_MT_N; i++) mt->state[i] = words[i];
    mt->index = (uint32_t)index;
    return V_NONE;
}

static const GpMethodDef random_methods[] = {
    {"random", m_random, 0},
    {"seed", m_seed, 0},
    {"getstate", m_getstate, 0},
    {"setstate", m_setstate, 0},
    {"getrandbits", m_getrandbits, 0},
    {NULL, NULL, 0},
};

GpType gp_random_type = {
    .hdr = {&gp_type_type},
    .name = "_random.Random",
    .base = &gp_object_type,
    .size = sizeof(RandomObj),
    .flags = GP_TF_BASETYPE,
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};
GP_REGISTER_TYPE(gp_random_type);

static int random_mod_init(GpThread *t, Value m) { return gp_module_add(t, m, "Random", v_from_obj(&gp_random_type)); }

const GpModuleDef gp_random_module = {"_random", NULL, random_mod_init, "Module implements the Mersenne Twister random number generator."};
GP_REGISTER_MODULE(gp_random_module);
