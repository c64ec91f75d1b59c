/* set.c - the open-addressing table behind set and frozenset (set.h),
 * the public API, and the set iterator.
 *
 * The table is CPython 3.12's: a power-of-two array of (hash, key) slots,
 * at least 8 of them and kept inline in the object until it grows. A
 * lookup starts at hash & mask, inspects LINEAR_PROBES following slots
 * when they fit before the end of the table (cheap: same cache lines),
 * then jumps with the perturbation recurrence i = 5*i + 1 + perturb.
 * Deleted slots become dummies (hash -1) so probe chains stay intact;
 * `fill` counts active + dummy slots, `used` active ones. Insertion into
 * a never-used slot grows the table once fill*5 >= mask*3, to the
 * smallest power of two above used*4 (used*2 beyond 50000 elements),
 * dropping the dummies. Matching each of these rules is what makes
 * iteration order (and so print({5, 3, 9})) identical to CPython's.
 *
 * A grown table is a blob (mem/heap.h), not malloc'd memory: a pointer
 * into a table that was replaced, or whose set died, stays valid and
 * keeps its keys alive (docs/design.md, "GC safety rules"), and a set
 * needs no finalizer.
 */
#include "set_internal.h"

#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "dict.h"
#include "exc.h"
#include "str.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

/* The key of a deleted slot. A static object: it is never a Python value,
 * never mutated, and ignored by the collector. */
static const GpObj dummy_obj = {&gp_object_type};
#define DUMMY v_from_obj(&dummy_obj)

static int is_active(const GpSetEntry *e) { return e->key != VNULL && e->key != DUMMY; }

int gpset_hash(GpThread *t, Value key, int64_t *hash) { return gp_hash(t, key, hash); }

/* Exact str keys compare by content without running any Python code. */
static int both_exact_str(Value a, Value b) {
    return v_is_type(a, &gp_str_type) && v_is_type(b, &gp_str_type);
}

/* set_lookkey: 1 found (*found set), 0 absent, -1 error. */
static int lookkey(GpThread *t, GpSet *so, Value key, int64_t hash, GpSetEntry **found) {
restart:;
    size_t mask = so->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        GpSetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VNULL) return 0;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key || (both_exact_str(startkey, key) && gp_str_eq(startkey, key))) {
                    *found = entry;
                    return 1;
                }
                GpSetEntry *table = so->table;
                int cmp = gp_eq(t, startkey, key);
                if (cmp < 0) return -1;
                /* __eq__ may have mutated the set: start over. */
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) {
                    *found = entry;
                    return 1;
                }
                mask = so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* set_insert_clean: place a key known to be absent into a table without
 * dummies. No comparison, so no Python code runs during a resize. */
static void insert_clean(GpSetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    GpSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == VNULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == VNULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

int gpset_table_resize(GpThread *t, GpSet *so, size_t minused) {
    size_t newsize = MINSIZE;
    while (newsize <= minused) {
        newsize <<= 1;
        if (!newsize || newsize > SIZE_MAX / sizeof(GpSetEntry)) {
            gp_raise_memory(t);
            return -1;
        }
    }
    GpSetEntry *oldtable = so->table;
    size_t oldmask = so->mask;
    int old_blob = oldtable != so->small;
    GpSetEntry small_copy[MINSIZE];
    GpSetEntry *newtable;
    if (newsize == MINSIZE) {
        newtable = so->small;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;
            /* Rebuilding the inline table in place to purge dummies. */
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = gp_blob_alloc(t, newsize * sizeof(GpSetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(GpSetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key) insert_clean(newtable, so->mask, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++)
            if (is_active(&oldtable[i])) insert_clean(newtable, so->mask, oldtable[i].key, oldtable[i].hash);
    }
    /* Heap sets leave the old table to the collector; immortal ones
     * (t == NULL: built at start-up) own theirs. */
    if (old_blob && !t) gp_blob_free_immortal(oldtable);
    return 0;
}

/* set_add_entry. A new key goes to the last dummy slot met on its probe
 * path if there was one (no growth check then, as fill is unchanged),
 * else to the first empty slot. */
int gpset_add_entry(GpThread *t, GpSet *so, Value key, int64_t hash) {
    GpSetEntry *freeslot, *entry;
    size_t mask, i, perturb;
restart:
    mask = so->mask;
    i = (size_t)hash & mask;
    freeslot = NULL;
    perturb = (size_t)hash;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == VNULL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key || (both_exact_str(startkey, key) && gp_str_eq(startkey, key))) return 0;
                GpSetEntry *table = so->table;
                int cmp = gp_eq(t, startkey, key);
                if (cmp > 0) return 0;
                if (cmp < 0) return -1;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    return gpset_table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int gpset_contains_entry(GpThread *t, GpSet *so, Value key, int64_t hash) {
    GpSetEntry *e;
    return lookkey(t, so, key, hash, &e);
}

int gpset_discard_entry(GpThread *t, GpSet *so, Value key, int64_t hash) {
    GpSetEntry *e;
    int r = lookkey(t, so, key, hash, &e);
    if (r <= 0) return r;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return 1;
}

int gpset_contains_key(GpThread *t, GpSet *so, Value key) {
    int64_t hash;
    if (gpset_hash(t, key, &hash) < 0) return -1;
    return gpset_contains_entry(t, so, key, hash);
}

int gpset_discard_key(GpThread *t, GpSet *so, Value key) {
    int64_t hash;
    if (gpset_hash(t, key, &hash) < 0) return -1;
    return gpset_discard_entry(t, so, key, hash);
}

/* Starts at the slot after the previous pop (the "finger"), so repeated
 * pops walk the table instead of rescanning its emptied start. */
Value gpset_pop(GpSet *so) {
    size_t i = so->finger & so->mask;
    while (!is_active(&so->table[i]))
        if (++i > so->mask) i = 0;
    Value key = so->table[i].key;
    so->table[i].key = DUMMY;
    so->table[i].hash = -1;
    so->used--;
    so->finger = i + 1;
    return key;
}

void gpset_clear(GpThread *t, GpSet *so) {
    if (so->table != so->small && !t) gp_blob_free_immortal(so->table);
    memset(so->small, 0, sizeof so->small);
    so->table = so->small;
    so->mask = MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
}

int gpset_next_entry(GpSet *so, size_t *pos, GpSetEntry **entry) {
    size_t i = *pos;
    while (i <= so->mask && !is_active(&so->table[i])) i++;
    *pos = i + 1;
    if (i > so->mask) return 0;
    *entry = &so->table[i];
    return 1;
}

/* Exchange the contents of two sets, inline tables included: how
 * intersection_update installs its result. */
void gpset_swap_bodies(GpSet *a, GpSet *b) {
    size_t x;
    x = a->fill, a->fill = b->fill, b->fill = x;
    x = a->used, a->used = b->used, b->used = x;
    x = a->mask, a->mask = b->mask, b->mask = x;
    GpSetEntry *u = a->table == a->small ? b->small : a->table;
    a->table = b->table == b->small ? a->small : b->table;
    b->table = u;
    if (a->table == a->small || b->table == b->small) {
        GpSetEntry tab[MINSIZE];
        memcpy(tab, a->small, sizeof tab);
        memcpy(a->small, b->small, sizeof tab);
        memcpy(b->small, tab, sizeof tab);
    }
    if (gp_type_is_subtype(a->hdr.type, &gp_frozenset_type) && gp_type_is_subtype(b->hdr.type, &gp_frozenset_type)) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

/* Spread the bits of nearby element hashes before xor-ing them. */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167); }

/* CPython's frozenset hash: an order-independent xor of every slot's
 * shuffled hash, corrected for the empty (0) and dummy (-1) slots, then
 * mixed with the size. Equal to CPython's, so frozensets placed in a set
 * iterate in CPython's order. */
int64_t gpset_hash_impl(GpSet *so) {
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + UINT64_C(907133923);
    if (hash == (uint64_t)-1) hash = 590923713U;
    return (int64_t)hash;
}

/* set_merge: one resize up front, then either a slot-for-slot copy (same
 * size, no dummies: the copy iterates exactly like the original), clean
 * insertion into an empty table, or ordinary insertion. */
int gpset_merge(GpThread *t, GpSet *so, GpSet *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (gpset_table_resize(t, so, (so->used + other->used) * 2) < 0) return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++)
            if (other->table[i].key) so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++)
            if (is_active(&other->table[i])) insert_clean(so->table, so->mask, other->table[i].key, other->table[i].hash);
        return 0;
    }
    /* Indexing through `other` each time: an __eq__ may resize it. */
    for (size_t i = 0; i <= other->mask; i++) {
        GpSetEntry e = other->table[i];
        if (is_active(&e) && gpset_add_entry(t, so, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

int gpset_update_internal(GpThread *t, GpSet *so, Value other) {
    if (gp_is_anyset(other)) return gpset_merge(t, so, gpset_obj(other));
    if (v_is_type(other, &gp_dict_type)) {
        /* Exact dicts lend their stored hashes, as in CPython. */
        GpDict *d = gp_dict_obj(other);
        if ((so->fill + d->used) * 5 >= so->mask * 3) {
            if (gpset_table_resize(t, so, (so->used + d->used) * 2) < 0) return -1;
        }
        for (size_t i = 0; i < d->nentries; i++) {
            GpDictEntry e = d->entries[i];
            if (e.key && gpset_add_entry(t, so, e.key, e.hash) < 0) return -1;
        }
        return 0;
    }
    Value it = gp_iter(t, other);
    if (!it) return -1;
    for (;;) {
        Value key = gp_next(t, it);
        if (!key) return t->exc ? -1 : 0;
        int64_t hash;
        if (gpset_hash(t, key, &hash) < 0 || gpset_add_entry(t, so, key, hash) < 0) return -1;
    }
}

Value gpset_make(GpThread *t, GpType *type, Value iterable) {
    GpSet *so = gp_alloc(t, type, type->size);
    if (!so) return VNULL;
    so->table = so->small;
    so->mask = MINSIZE - 1;
    so->hash = -1;
    Value v = v_from_obj(so);
    if (iterable && gpset_update_internal(t, so, iterable) < 0) return VNULL;
    return v;
}

Value gpset_make_basetype(GpThread *t, GpType *type, Value iterable) {
    if (type != &gp_set_type && type != &gp_frozenset_type)
        type = gp_type_is_subtype(type, &gp_set_type) ? &gp_set_type : &gp_frozenset_type;
    return gpset_make(t, type, iterable);
}

Value gpset_copy(GpThread *t, Value so) { return gpset_make_basetype(t, v_type(so), so); }

/* ---- public API */

Value gp_set_new(GpThread *t, GpType *type, Value iterable) { return gpset_make(t, type, iterable); }

int gp_set_add(GpThread *t, Value set, Value key) {
    int64_t hash;
    if (gpset_hash(t, key, &hash) < 0) return -1;
    return gpset_add_entry(t, gpset_obj(set), key, hash);
}

int gp_set_contains(GpThread *t, Value set, Value key) {
    int r = gpset_contains_key(t, gpset_obj(set), key);
    if (r >= 0 || !gp_isinstance_type(key, &gp_set_type) || !gp_exc_matches(t, &gp_TypeError)) return r;
    /* An unhashable set is looked up as the equal frozenset. */
    gp_exc_clear(t);
    Value tmp = gpset_make(t, &gp_frozenset_type, key);
    if (!tmp) return -1;
    return gpset_contains_key(t, gpset_obj(set), tmp);
}

int gp_set_discard(GpThread *t, Value set, Value key) { return gpset_discard_key(t, gpset_obj(set), key); }

int gp_set_next(Value set, size_t *pos, Value *key) {
    GpSetEntry *e;
    if (!gpset_next_entry(gpset_obj(set), pos, &e)) return 0;
    *key = e->key;
    return 1;
}

int gp_set_update(GpThread *t, Value set, Value iterable) {
    return gpset_update_internal(t, gpset_obj(set), iterable);
}

/* ---- memory */

void gpset_trace(GpGc *gc, GpObj *self) {
    GpSet *so = (GpSet *)self;
    if (so->table != so->small) gc_mark_blob(gc, so->table);
    if (so->table) {
        for (size_t i = 0; i <= so->mask; i++)
            if (is_active(&so->table[i])) gc_mark(gc, so->table[i].key);
    }
    int32_t off = self->type->dict_offset;
    if (off) gc_mark(gc, *(Value *)((char *)self + off));
}

/* ---- the iterator: a slot position, and the size it expects the set to
 * keep, so that adding or removing elements mid-iteration raises. */

typedef struct SetIter {
    GpObj hdr;
    Value set; /* VNULL once exhausted */
    size_t used, pos, len;
} SetIter;

Value gpset_iter(GpThread *t, Value self) {
    SetIter *it = gp_alloc(t, &gp_setiter_type, sizeof *it);
    if (!it) return VNULL;
    it->set = self;
    it->used = it->len = gpset_obj(self)->used;
    return v_from_obj(it);
}

static Value setiter_next(GpThread *t, Value self) {
    SetIter *it = (SetIter *)v_obj(self);
    if (!it->set) return VNULL;
    GpSet *so = gpset_obj(it->set);
    if (it->used != so->used) {
        it->used = (size_t)-1;
        return gp_raise(t, &gp_RuntimeError, "Set changed size during iteration");
    }
    GpSetEntry *e;
    if (!gpset_next_entry(so, &it->pos, &e)) {
        it->set = VNULL;
        return VNULL;
    }
    it->len--;
    return e->key;
}

static Value setiter_self(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void setiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((SetIter *)self)->set); }

static Value setiter_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "set_iterator.__length_hint__", n, 0, 0) < 0) return VNULL;
    SetIter *it = (SetIter *)v_obj(self);
    size_t len = it->set && it->used == gpset_obj(it->set)->used ? it->len : 0;
    return v_from_small((int64_t)len);
}

static const GpMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_setiter_type = {
    .hdr = {&gp_type_type},
    .name = "set_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'set_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(SetIter),
    .iter = setiter_self,
    .next = setiter_next,
    .trace = setiter_trace,
    .methods = setiter_methods,
};

GP_REGISTER_TYPE(gp_setiter_type);
