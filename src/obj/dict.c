/* dict.c - the compact, insertion-ordered dict (see dict.h). */
#include "dict.h"

#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "genericalias.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_INDEX 8
#define PERTURB_SHIFT 5

/* Index slot accessors for the four widths. */
static int64_t ix_get(const GpDict *d, size_t i) {
    switch (d->index_width) {
    case 1: return ((const int8_t *)d->index)[i];
    case 2: return ((const int16_t *)d->index)[i];
    case 4: return ((const int32_t *)d->index)[i];
    default: return ((const int64_t *)d->index)[i];
    }
}

static void ix_set(GpDict *d, size_t i, int64_t v) {
    switch (d->index_width) {
    case 1: ((int8_t *)d->index)[i] = (int8_t)v; break;
    case 2: ((int16_t *)d->index)[i] = (int16_t)v; break;
    case 4: ((int32_t *)d->index)[i] = (int32_t)v; break;
    default: ((int64_t *)d->index)[i] = v; break;
    }
}

static uint8_t width_for(size_t index_size) {
    if (index_size <= 128) return 1;
    if (index_size <= 32768) return 2;
    if (index_size <= ((size_t)1 << 31)) return 4;
    return 8;
}

static size_t usable_for(size_t index_size) { return (index_size << 1) / 3; }

/* Build a fresh index of `size` slots and a compacted entries array. */
static int dict_resize(GpThread *t, GpDict *d, size_t min_used) {
    size_t size = MIN_INDEX;
    while (usable_for(size) < min_used) {
        size <<= 1;
        if (!size) {
            gp_raise_memory(t);
            return -1;
        }
    }
    uint8_t w = width_for(size);
    size_t cap = usable_for(size);
    /* One blob: the entries, then the index. */
    char *mem = gp_blob_alloc(t, cap * sizeof(GpDictEntry) + size * w);
    if (!mem) return -1;
    GpDictEntry *entries = (GpDictEntry *)mem;
    void *index = mem + cap * sizeof(GpDictEntry);
    memset(index, 0xff, size * w); /* every slot IX_EMPTY */
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) entries[n++] = d->entries[i];
    /* Immortal dicts (t == NULL: builtin type dicts built at start-up)
     * own their tables; heap dicts' old tables are left to the collector. */
    if (!t) gp_blob_free_immortal(d->entries);
    d->index = index;
    d->index_size = size;
    d->index_width = w;
    d->entries = entries;
    d->entries_cap = cap;
    d->nentries = n;
    size_t mask = size - 1;
    for (size_t e = 0; e < n; e++) {
        uint64_t perturb = (uint64_t)entries[e].hash;
        size_t i = (size_t)perturb & mask;
        while (ix_get(d, i) != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + (size_t)perturb + 1) & mask;
        }
        ix_set(d, i, (int64_t)e);
    }
    return 0;
}

Value gp_dict_new(GpThread *t) {
    GpDict *d = gp_alloc(t, &gp_dict_type, sizeof(GpDict));
    return d ? v_from_obj(d) : VNULL;
}

Value gp_dict_new_presized(GpThread *t, size_t n) {
    if (!n || n > 64) return gp_dict_new(t);
    size_t size = 4;
    while (usable_for(size) < n) size <<= 1;
    /* The table lives in the dict's own allocation: the dict never frees
     * a table (a larger one is a blob of its own, and the collector only
     * sees that the old pointer now points into the dict itself). */
    GpDict *d = gp_alloc(t, &gp_dict_type, sizeof(GpDict) + n * sizeof(GpDictEntry) + size);
    if (!d) return VNULL;
    d->entries = (GpDictEntry *)(d + 1);
    d->entries_cap = n;
    d->index = (char *)(d->entries + n);
    d->index_size = size;
    d->index_width = width_for(size);
    memset(d->index, 0xff, size); /* every slot IX_EMPTY */
    return v_from_obj(d);
}

static int str_key_eq(Value a, Value b) {
    return v_is_type(a, &gp_str_type) && v_is_type(b, &gp_str_type) && gp_str_eq(a, b);
}

/* Find key: returns the entry index (>= 0), IX_EMPTY if absent, or -3
 * on error. *slot receives the index slot where an absent key would go. */
static int64_t lookup(GpThread *t, GpDict *d, Value key, int64_t hash, size_t *slot) {
restart:
    if (!d->index_size) {
        if (slot) *slot = 0;
        return IX_EMPTY;
    }
    size_t mask = d->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)perturb & mask;
    int64_t free_slot = -1;
    for (;;) {
        int64_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) {
            if (slot) *slot = free_slot >= 0 ? (size_t)free_slot : i;
            return IX_EMPTY;
        }
        if (ix == IX_DUMMY) {
            if (free_slot < 0) free_slot = (int64_t)i;
        } else {
            GpDictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                if (str_key_eq(e->key, key)) return ix;
                /* Without a thread (str-keyed lookups from C) only equal
                 * strings match: a non-str key of the same hash is not it. */
                if (t && !(v_is_type(e->key, &gp_str_type) && v_is_type(key, &gp_str_type))) {
                    Value ek = e->key;
                    GpDictEntry *entries = d->entries;
                    int r = gp_eq(t, ek, key);
                    if (r < 0) return -3;
                    /* The comparison may have changed the dict: start again. */
                    if (entries != d->entries || d->entries[ix].key != ek) goto restart;
                    if (r) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

int gp_dict_lookup(GpThread *t, Value dv, Value key, Value *out) {
    int64_t hash;
    if (gp_hash(t, key, &hash) < 0) return -1;
    GpDict *d = gp_dict_obj(dv);
    int64_t ix = lookup(t, d, key, hash, NULL);
    if (ix == -3) return -1;
    if (ix < 0) return 0;
    *out = d->entries[ix].value;
    return 1;
}

Value gp_dict_get_str(Value dv, Value key) {
    GpDict *d = gp_dict_obj(dv);
    if (!d->index_size) return VNULL;
    int64_t hash = gp_str_hash(key);
    int64_t ix = lookup(NULL, d, key, hash, NULL);
    return ix >= 0 ? d->entries[ix].value : VNULL;
}

int64_t gp_dict_find_str_index(Value dv, Value key) {
    GpDict *d = gp_dict_obj(dv);
    int64_t ix = lookup(NULL, d, key, gp_str_hash(key), NULL);
    return ix >= 0 ? ix : -1;
}

Value gp_dict_get_cstr(Value dv, const char *key) {
    GpDict *d = gp_dict_obj(dv);
    for (size_t i = 0; i < d->nentries; i++) {
        Value k = d->entries[i].key;
        if (k && v_is_type(k, &gp_str_type) && gp_str_eq_cstr(k, key)) return d->entries[i].value;
    }
    return VNULL;
}

/* Returns the index of key's entry, or -1 on error. */
static int64_t insert(GpThread *t, GpDict *d, Value key, int64_t hash, Value v) {
    size_t slot;
    int64_t ix = lookup(t, d, key, hash, &slot);
    if (ix == -3) return -1;
    if (ix >= 0) {
        d->entries[ix].value = v;
        return ix;
    }
    if (d->nentries >= d->entries_cap) {
        if (dict_resize(t, d, d->used * 2 + 1) < 0) return -1;
        lookup(t, d, key, hash, &slot);
    }
    GpDictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = v;
    ix_set(d, slot, (int64_t)d->nentries);
    d->nentries++;
    d->used++;
    d->version = t ? ++t->interp->dict_version : d->version + 1;
    return (int64_t)d->nentries - 1;
}

int gp_dict_set(GpThread *t, Value dv, Value key, Value v) {
    int64_t hash;
    if (gp_hash(t, key, &hash) < 0) return -1;
    return insert(t, gp_dict_obj(dv), key, hash, v) < 0 ? -1 : 0;
}

int64_t gp_dict_set_str_index(GpThread *t, Value dv, Value key, Value v) {
    return insert(t, gp_dict_obj(dv), key, gp_str_hash(key), v);
}

int gp_dict_set_cstr(GpThread *t, Value d, const char *key, Value v) {
    Value k = gp_str_intern_cstr(t, key);
    if (!k) return -1;
    return gp_dict_set(t, d, k, v);
}

static void delete_at(GpThread *t, GpDict *d, Value key, int64_t hash, int64_t ix) {
    size_t mask = d->index_size - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)perturb & mask;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    (void)key;
    ix_set(d, i, IX_DUMMY);
    d->entries[ix].key = VNULL;
    d->entries[ix].value = VNULL;
    d->used--;
    d->version = ++t->interp->dict_version;
}

int gp_dict_del(GpThread *t, Value dv, Value key) {
    int64_t hash;
    if (gp_hash(t, key, &hash) < 0) return -1;
    GpDict *d = gp_dict_obj(dv);
    int64_t ix = lookup(t, d, key, hash, NULL);
    if (ix == -3) return -1;
    if (ix < 0) return 0;
    delete_at(t, d, key, hash, ix);
    return 1;
}

int gp_dict_next(Value dv, size_t *pos, Value *key, Value *value) {
    GpDict *d = gp_dict_obj(dv);
    while (*pos < d->nentries) {
        GpDictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return 1;
        }
    }
    return 0;
}

Value gp_dict_copy(GpThread *t, Value dv) {
    Value nv = gp_dict_new(t);
    if (!nv) return VNULL;
    GpDict *d = gp_dict_obj(dv), *n = gp_dict_obj(nv);
    if (d->used && dict_resize(t, n, d->used) < 0) return VNULL;
    for (size_t i = 0; i < d->nentries; i++) {
        GpDictEntry *e = &d->entries[i];
        if (e->key && insert(t, n, e->key, e->hash, e->value) < 0) return VNULL;
    }
    return nv;
}

/* update from a mapping (keys() + []) or an iterable of pairs */
static int merge_pairs(GpThread *t, Value d, Value seq) {
    Value it = gp_iter(t, seq);
    if (!it) return -1;
    for (size_t n = 0;; n++) {
        Value item = gp_next(t, it);
        if (!item) return t->exc ? -1 : 0;
        Value pair = gp_sequence_tuple(t, item);
        if (!pair) {
            if (gp_exc_matches(t, &gp_TypeError)) {
                gp_exc_clear(t);
                return gp_raise_i(t, &gp_TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            return -1;
        }
        if (gp_tuple_len(pair) != 2)
            return gp_raise_i(t, &gp_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required",
                              n, gp_tuple_len(pair));
        if (gp_dict_set(t, d, gp_tuple_items(pair)[0], gp_tuple_items(pair)[1]) < 0) return -1;
    }
}

int gp_dict_update(GpThread *t, Value d, Value other) {
    if (gp_is_dict(other) && v_type(other)->iter == gp_dict_type.iter) {
        GpDict *o = gp_dict_obj(other);
        for (size_t i = 0; i < o->nentries; i++) {
            GpDictEntry *e = &o->entries[i];
            if (e->key && insert(t, gp_dict_obj(d), e->key, e->hash, e->value) < 0) return -1;
        }
        return 0;
    }
    Value keys_name = gp_str_intern_cstr(t, "keys");
    Value keys = gp_getattr_opt(t, other, keys_name);
    if (!keys) {
        if (t->exc) return -1;
        return merge_pairs(t, d, other);
    }
    Value klist = gp_call0(t, keys);
    if (!klist) return -1;
    Value it = gp_iter(t, klist);
    if (!it) return -1;
    for (;;) {
        Value k = gp_next(t, it);
        if (!k) return t->exc ? -1 : 0;
        Value v = gp_getitem(t, other, k);
        if (!v || gp_dict_set(t, d, k, v) < 0) return -1;
    }
}

/* ---- type slots */

static int64_t dict_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_dict_obj(self)->used;
}

static Value dict_missing(GpThread *t, Value self, Value key) {
    if (v_type(self) != &gp_dict_type) {
        Value m = gp_type_lookup_cstr(v_type(self), "__missing__");
        if (m) {
            Value args[2] = {self, key};
            return gp_call(t, m, args, 2, VNULL);
        }
    }
    return gp_raise_arg(t, &gp_KeyError, key);
}

static Value dict_getitem(GpThread *t, Value self, Value key) {
    Value v;
    int r = gp_dict_lookup(t, self, key, &v);
    if (r < 0) return VNULL;
    if (r) return v;
    return dict_missing(t, self, key);
}

static int dict_setitem(GpThread *t, Value self, Value key, Value v) {
    if (v) return gp_dict_set(t, self, key, v);
    int r = gp_dict_del(t, self, key);
    if (r == 0) {
        gp_raise_arg(t, &gp_KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(GpThread *t, Value self, Value key) {
    Value v;
    return gp_dict_lookup(t, self, key, &v);
}

static Value dict_repr(GpThread *t, Value self) {
    GpDict *d = gp_dict_obj(self);
    if (!d->used) return gp_str_from_cstr(t, "{}");
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_str_from_cstr(t, "{...}");
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_putc(&b, '{');
    int first = 1;
    for (size_t i = 0; i < d->nentries; i++) {
        GpDictEntry e = d->entries[i];
        if (!e.key) continue;
        if (!first) gp_buf_puts(&b, ", ");
        first = 0;
        if (gp_buf_put_repr(t, &b, e.key) < 0) goto fail;
        gp_buf_puts(&b, ": ");
        if (gp_buf_put_repr(t, &b, e.value) < 0) goto fail;
    }
    gp_buf_putc(&b, '}');
    gp_repr_leave(t, self);
    return gp_buf_finish_str(t, &b);
fail:
    gp_repr_leave(t, self);
    gp_buf_free(&b);
    return VNULL;
}

static Value dict_richcmp(GpThread *t, Value a, Value b, int op) {
    if (!gp_is_dict(b) || (op != GP_EQ && op != GP_NE)) return V_NOTIMPL;
    GpDict *x = gp_dict_obj(a), *y = gp_dict_obj(b);
    int eq = x->used == y->used;
    for (size_t i = 0; eq && i < x->nentries; i++) {
        GpDictEntry e = x->entries[i];
        if (!e.key) continue;
        Value ov;
        int64_t ix = lookup(t, y, e.key, e.hash, NULL);
        if (ix == -3) return VNULL;
        if (ix < 0) {
            eq = 0;
            break;
        }
        ov = y->entries[ix].value;
        int r = gp_eq(t, e.value, ov);
        if (r < 0) return VNULL;
        eq = r;
    }
    return v_bool(op == GP_EQ ? eq : !eq);
}

static void dict_trace(GpGc *gc, GpObj *self) {
    GpDict *d = (GpDict *)self;
    gc_mark_blob(gc, d->entries);
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark(gc, d->entries[i].key);
        gc_mark(gc, d->entries[i].value);
    }
    int32_t off = self->type->dict_offset;
    if (off) gc_mark(gc, *(Value *)((char *)self + off));
}

static int dict_init(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    if (nargs > 1) return gp_raise_i(t, &gp_TypeError, "dict expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && gp_dict_update(t, self, args[0]) < 0) return -1;
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (gp_dict_set(t, self, gp_tuple_items(kwnames)[i], args[nargs + i]) < 0) return -1;
    return 0;
}

static Value dict_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    GpType *type = (GpType *)v_obj(callable);
    GpDict *d = gp_alloc(t, type, type->size);
    return d ? v_from_obj(d) : VNULL;
}

static Value dict_binop(GpThread *t, int op, Value a, Value b) {
    if (op != GP_OP_OR || !gp_is_dict(a) || !gp_is_dict(b)) return V_NOTIMPL;
    Value n = gp_dict_copy(t, a);
    if (!n || gp_dict_update(t, n, b) < 0) return VNULL;
    return n;
}

static Value dict_inplace(GpThread *t, int op, Value a, Value b) {
    if (op != GP_OP_OR) return V_NOTIMPL;
    if (gp_dict_update(t, a, b) < 0) return VNULL;
    return a;
}

/* ---- iterators and views */

typedef struct DictIter {
    GpObj hdr;
    Value dict;
    size_t pos, used;
    int kind; /* 0 keys, 1 values, 2 items */
    int reversed;
} DictIter;

typedef struct DictView {
    GpObj hdr;
    Value dict;
} DictView;

GpType gp_dictiter_type, gp_dict_keys_type, gp_dict_values_type, gp_dict_items_type;

static Value dictiter_new(GpThread *t, Value dict, int kind, int reversed) {
    DictIter *it = gp_alloc(t, &gp_dictiter_type, sizeof *it);
    if (!it) return VNULL;
    it->dict = dict;
    it->kind = kind;
    it->used = gp_dict_obj(dict)->used;
    it->reversed = reversed;
    it->pos = reversed ? gp_dict_obj(dict)->nentries : 0;
    return v_from_obj(it);
}

static Value dictiter_next(GpThread *t, Value self) {
    DictIter *it = (DictIter *)v_obj(self);
    if (!it->dict) return VNULL;
    GpDict *d = gp_dict_obj(it->dict);
    if (d->used != it->used) {
        it->used = (size_t)-1;
        return gp_raise(t, &gp_RuntimeError, "dictionary changed size during iteration");
    }
    for (;;) {
        GpDictEntry *e;
        if (it->reversed) {
            if (it->pos == 0 || it->pos > d->nentries) break;
            e = &d->entries[--it->pos];
        } else {
            if (it->pos >= d->nentries) break;
            e = &d->entries[it->pos++];
        }
        if (!e->key) continue;
        if (it->kind == 0) return e->key;
        if (it->kind == 1) return e->value;
        return gp_tuple_pack(t, 2, e->key, e->value);
    }
    it->dict = VNULL;
    return VNULL;
}

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

static void dictiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((DictIter *)self)->dict); }
static void dictview_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((DictView *)self)->dict); }

static Value dictiter_length_hint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)t; (void)a; (void)n; (void)kw;
    DictIter *it = (DictIter *)v_obj(self);
    if (!it->dict) return v_from_small(0);
    GpDict *d = gp_dict_obj(it->dict);
    size_t left = 0;
    for (size_t i = it->pos; i < d->nentries; i++) left += d->entries[i].key != VNULL;
    return v_from_small((int64_t)left);
}

static const GpMethodDef dictiter_methods[] = {{"__length_hint__", dictiter_length_hint, GP_METH_NOKW}, {NULL, NULL, 0}};

GpType gp_dictiter_type = {
    .hdr = {&gp_type_type},
    .name = "dict_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'dict_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(DictIter),
    .iter = self_iter,
    .next = dictiter_next,
    .trace = dictiter_trace,
    .methods = dictiter_methods,
};

static Value view_new(GpThread *t, GpType *type, Value dict) {
    DictView *v = gp_alloc(t, type, sizeof *v);
    if (!v) return VNULL;
    v->dict = dict;
    return v_from_obj(v);
}

static int view_kind(Value self) {
    GpType *type = v_type(self);
    return type == &gp_dict_keys_type ? 0 : type == &gp_dict_values_type ? 1 : 2;
}

static Value view_iter(GpThread *t, Value self) {
    return dictiter_new(t, ((DictView *)v_obj(self))->dict, view_kind(self), 0);
}

static int64_t view_len(GpThread *t, Value self) {
    (void)t;
    return (int64_t)gp_dict_obj(((DictView *)v_obj(self))->dict)->used;
}

static int view_contains(GpThread *t, Value self, Value item) {
    Value dict = ((DictView *)v_obj(self))->dict;
    int kind = view_kind(self);
    if (kind == 0) return dict_contains(t, dict, item);
    if (kind == 2) {
        if (!gp_is_tuple(item) || gp_tuple_len(item) != 2) return 0;
        Value v;
        int r = gp_dict_lookup(t, dict, gp_tuple_items(item)[0], &v);
        if (r <= 0) return r;
        return gp_eq(t, v, gp_tuple_items(item)[1]);
    }
    GpDict *d = gp_dict_obj(dict);
    for (size_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        int r = gp_eq(t, d->entries[i].value, item);
        if (r) return r;
    }
    return 0;
}

static Value view_repr(GpThread *t, Value self) {
    int r = gp_repr_enter(t, self);
    if (r) return r < 0 ? VNULL : gp_str_from_cstr(t, "...");
    Value list = gp_sequence_list(t, self);
    Value s = list ? gp_format(t, "%s(%R)", v_type(self)->name, list) : VNULL;
    gp_repr_leave(t, self);
    return s;
}

static Value view_reversed(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a; (void)n; (void)kw;
    return dictiter_new(t, ((DictView *)v_obj(self))->dict, view_kind(self), 1);
}

static Value view_mapping(GpThread *t, Value self) {
    (void)t;
    return ((DictView *)v_obj(self))->dict;
}

/* Set operations on keys and items views produce sets, as in CPython. */
static Value view_binop(GpThread *t, int op, Value a, Value b) {
    extern Value gp_set_new(GpThread * t, GpType * type, Value iterable);
    if (op != GP_OP_AND && op != GP_OP_OR && op != GP_OP_SUB && op != GP_OP_XOR) return V_NOTIMPL;
    /* As CPython: a set of the left operand, updated with the right one,
     * whichever of the two is the view. */
    Value right = b;
    Value s = gp_set_new(t, &gp_set_type, a);
    if (!s) return VNULL;
    static const char *const names[] = {[GP_OP_AND] = "intersection_update", [GP_OP_OR] = "update",
                                        [GP_OP_SUB] = "difference_update", [GP_OP_XOR] = "symmetric_difference_update"};
    Value r = gp_call_method(t, s, names[op], &right, 1);
    return r ? s : VNULL;
}

static Value view_isdisjoint(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (gp_check_nargs(t, "isdisjoint", n, 1, 1) < 0 || gp_check_no_kw(t, "isdisjoint", kw) < 0) return VNULL;
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? VNULL : V_TRUE;
        int r = view_contains(t, self, x);
        if (r < 0) return VNULL;
        if (r) return V_FALSE;
    }
}

static Value view_richcmp(GpThread *t, Value a, Value b, int op) {
    GpType *tb = v_type(b);
    if (view_kind(a) == 1) return V_NOTIMPL;
    if (!(tb == &gp_dict_keys_type || tb == &gp_dict_items_type || (tb->flags & GP_TF_SET_SUB))) return V_NOTIMPL;
    int64_t la = view_len(t, a), lb = gp_len(t, b);
    if (lb < 0) return VNULL;
    int all_in = 1;
    Value small = la <= lb ? a : b, big = la <= lb ? b : a;
    Value it = gp_iter(t, small);
    if (!it) return VNULL;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) {
            if (t->exc) return VNULL;
            break;
        }
        int r = gp_contains(t, big, x);
        if (r < 0) return VNULL;
        if (!r) {
            all_in = 0;
            break;
        }
    }
    int res;
    switch (op) {
    case GP_EQ: res = la == lb && all_in; break;
    case GP_NE: res = !(la == lb && all_in); break;
    case GP_LE: res = la <= lb && all_in; break;
    case GP_LT: res = la < lb && all_in; break;
    case GP_GE: res = la >= lb && all_in; break;
    default: res = la > lb && all_in; break;
    }
    return v_bool(res);
}

static const GpMethodDef view_methods[] = {
    {"__reversed__", view_reversed, GP_METH_NOKW},
    {"isdisjoint", view_isdisjoint, 0},
    {NULL, NULL, 0},
};
static const GpGetSetDef view_getsets[] = {{"mapping", view_mapping, NULL}, {NULL, NULL, NULL}};

#define VIEW_TYPE(var, tname, withset)            \
    GpType var = {                                \
        .hdr = {&gp_type_type},                   \
        .name = tname,                            \
        .base = &gp_object_type,                  \
        .size = sizeof(DictView),                 \
        .repr = view_repr,                        \
        .iter = view_iter,                        \
        .len = view_len,                          \
        .contains = view_contains,                \
        .binop = withset ? view_binop : NULL,     \
        .richcmp = withset ? view_richcmp : NULL, \
        .hash = withset ? gp_hash_not_implemented : NULL, \
        .trace = dictview_trace,                  \
        .methods = view_methods,                  \
        .getsets = view_getsets,                  \
    };
VIEW_TYPE(gp_dict_keys_type, "dict_keys", 1)
VIEW_TYPE(gp_dict_values_type, "dict_values", 0)
VIEW_TYPE(gp_dict_items_type, "dict_items", 1)

/* ---- methods */

static Value m_keys(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    if (gp_check_nargs(t, "dict.keys", n, 0, 0) < 0) return VNULL;
    (void)kw;
    return view_new(t, &gp_dict_keys_type, self);
}
static Value m_values(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "dict.values", n, 0, 0) < 0) return VNULL;
    return view_new(t, &gp_dict_values_type, self);
}
static Value m_items(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "dict.items", n, 0, 0) < 0) return VNULL;
    return view_new(t, &gp_dict_items_type, self);
}

static Value m_get(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "get", n, 1, 2) < 0) return VNULL;
    Value v;
    int r = gp_dict_lookup(t, self, a[0], &v);
    if (r < 0) return VNULL;
    return r ? v : (n > 1 ? a[1] : V_NONE);
}

static Value m_setdefault(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "setdefault", n, 1, 2) < 0) return VNULL;
    Value v;
    int r = gp_dict_lookup(t, self, a[0], &v);
    if (r < 0) return VNULL;
    if (r) return v;
    Value dflt = n > 1 ? a[1] : V_NONE;
    if (gp_dict_set(t, self, a[0], dflt) < 0) return VNULL;
    return dflt;
}

static Value m_pop(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "pop", n, 1, 2) < 0) return VNULL;
    int64_t hash;
    if (gp_hash(t, a[0], &hash) < 0) return VNULL;
    GpDict *d = gp_dict_obj(self);
    int64_t ix = lookup(t, d, a[0], hash, NULL);
    if (ix == -3) return VNULL;
    if (ix < 0) {
        if (n > 1) return a[1];
        return gp_raise_arg(t, &gp_KeyError, a[0]);
    }
    Value v = d->entries[ix].value;
    delete_at(t, d, a[0], hash, ix);
    return v;
}

static Value m_popitem(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "popitem", n, 0, 0) < 0) return VNULL;
    GpDict *d = gp_dict_obj(self);
    if (!d->used) return gp_raise(t, &gp_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (!d->entries[i - 1].key) i--;
    GpDictEntry e = d->entries[i - 1];
    Value pair = gp_tuple_pack(t, 2, e.key, e.value);
    if (!pair) return VNULL;
    delete_at(t, d, e.key, e.hash, (int64_t)(i - 1));
    d->nentries = i - 1;
    return pair;
}

static Value m_update(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    if (gp_check_nargs(t, "update", n, 0, 1) < 0) return VNULL;
    if (n == 1 && gp_dict_update(t, self, a[0]) < 0) return VNULL;
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (gp_dict_set(t, self, gp_tuple_items(kw)[i], a[n + i]) < 0) return VNULL;
    return V_NONE;
}

static Value m_copy(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "dict.copy", n, 0, 0) < 0) return VNULL;
    return gp_dict_copy(t, self);
}

static Value m_clear(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "dict.clear", n, 0, 0) < 0) return VNULL;
    GpDict *d = gp_dict_obj(self);
    d->index = NULL;
    d->entries = NULL;
    d->index_size = d->entries_cap = d->nentries = d->used = 0;
    d->version = ++t->interp->dict_version;
    return V_NONE;
}

static Value m_fromkeys(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "fromkeys", n, 1, 2) < 0) return VNULL;
    Value d = gp_call0(t, self);
    if (!d) return VNULL;
    Value v = n > 1 ? a[1] : V_NONE;
    Value it = gp_iter(t, a[0]);
    if (!it) return VNULL;
    for (;;) {
        Value k = gp_next(t, it);
        if (!k) return t->exc ? VNULL : d;
        if (gp_setitem(t, d, k, v) < 0) return VNULL;
    }
}

static Value m_contains(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "__contains__", n, 1, 1) < 0) return VNULL;
    int r = dict_contains(t, self, a[0]);
    return r < 0 ? VNULL : v_bool(r);
}

static Value m_getitem(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "__getitem__", n, 1, 1) < 0) return VNULL;
    return dict_getitem(t, self, a[0]);
}

static Value m_reversed(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)n;
    (void)kw;
    return dictiter_new(t, self, 0, 1);
}

static Value dict_iter(GpThread *t, Value self) { return dictiter_new(t, self, 0, 0); }

static const GpMethodDef dict_methods[] = {
    {"__class_getitem__", gp_generic_class_getitem, GP_METH_CLASS},
    {"keys", m_keys, GP_METH_NOKW},
    {"values", m_values, GP_METH_NOKW},
    {"items", m_items, GP_METH_NOKW},
    {"get", m_get, GP_METH_NOKW},
    {"setdefault", m_setdefault, GP_METH_NOKW},
    {"pop", m_pop, GP_METH_NOKW},
    {"popitem", m_popitem, GP_METH_NOKW},
    {"update", m_update, 0},
    {"copy", m_copy, GP_METH_NOKW},
    {"clear", m_clear, GP_METH_NOKW},
    {"fromkeys", m_fromkeys, GP_METH_CLASS | GP_METH_NOKW},
    {"__contains__", m_contains, GP_METH_NOKW},
    {"__getitem__", m_getitem, GP_METH_NOKW},
    {"__reversed__", m_reversed, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_dict_type = {
    .hdr = {&gp_type_type},
    .name = "dict",
    .base = &gp_object_type,
    .size = sizeof(GpDict),
    .flags = GP_TF_BASETYPE | GP_TF_DICT_SUB,
    .repr = dict_repr,
    .richcmp = dict_richcmp,
    .hash = gp_hash_not_implemented,
    .len = dict_len,
    .iter = dict_iter,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .binop = dict_binop,
    .inplace = dict_inplace,
    .new_ = dict_new,
    .init = dict_init,
    .trace = dict_trace,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};

GP_REGISTER_TYPE(gp_dictiter_type);
GP_REGISTER_TYPE(gp_dict_type);
GP_REGISTER_TYPE(gp_dict_keys_type);
GP_REGISTER_TYPE(gp_dict_values_type);
GP_REGISTER_TYPE(gp_dict_items_type);
