/* dict.h - insertion-ordered hash tables.
 *
 * Representation (CPython 3.6+'s compact dict): a dense array of entries
 * in insertion order, plus a sparse index table of 1, 2, 4 or 8-byte
 * slots pointing into it. Iteration walks the dense array; lookups probe
 * the index with CPython's perturbation scheme. Deleted entries leave a
 * hole (key VNULL) that the next resize compacts.
 *
 * `version` changes on every insertion of a new key and every deletion,
 * never on a plain value update: inline caches for globals check it.
 */
#ifndef GP_DICT_H
#define GP_DICT_H

#include "object.h"

typedef struct GpDictEntry {
    int64_t hash;
    Value key;   /* VNULL: deleted */
    Value value;
} GpDictEntry;

typedef struct GpDict {
    GpObj hdr;
    size_t used;        /* live entries */
    size_t nentries;    /* entries used in the dense array, holes included */
    size_t entries_cap;
    size_t index_size;  /* slots in the index, a power of two */
    uint8_t index_width;/* bytes per index slot */
    uint64_t version;
    GpDictEntry *entries;
    void *index;
} GpDict;

static inline GpDict *gp_dict_obj(Value v) { return (GpDict *)v_obj(v); }
static inline int gp_is_dict(Value v) { return v_is_obj(v) && (v_obj(v)->type->flags & GP_TF_DICT_SUB); }

Value gp_dict_new(GpThread *t);
/* A new empty dict with room for n keys before it first grows, its table
 * allocated with it (instance dicts: vm/vmattr.c). t must not be NULL. */
Value gp_dict_new_presized(GpThread *t, size_t n);
/* 1 found (*out set), 0 not found, -1 error (hash or __eq__ raised). */
int gp_dict_lookup(GpThread *t, Value d, Value key, Value *out);
/* Lookup by a str key given as a C string (no error possible). */
Value gp_dict_get_cstr(Value d, const char *key);
/* Lookup a str key: VNULL if absent (no error possible). */
Value gp_dict_get_str(Value d, Value key);
int gp_dict_set(GpThread *t, Value d, Value key, Value v);
int gp_dict_set_cstr(GpThread *t, Value d, const char *key, Value v);
/* 1 deleted, 0 absent (no error raised), -1 error. */
int gp_dict_del(GpThread *t, Value d, Value key);
int gp_dict_update(GpThread *t, Value d, Value other);
Value gp_dict_copy(GpThread *t, Value d);
/* Iterate: *pos starts at 0; returns 0 when done. */
int gp_dict_next(Value d, size_t *pos, Value *key, Value *value);
/* Index of the entry holding key (a str), or -1: for inline caches. */
int64_t gp_dict_find_str_index(Value d, Value key);
/* Set key (a str) and return the index of its entry, or -1 on error. */
int64_t gp_dict_set_str_index(GpThread *t, Value d, Value key, Value v);

#endif
