/* functools_lru.c - functools._lru_cache_wrapper, the object that
 * lru_cache() returns: a memoising callable.
 *
 * Representation: `cache` maps call keys to results (maxsize None) or to
 * links of a circular doubly linked list kept in recency order, oldest
 * first after `root` (bounded caches), so that a hit and an eviction are
 * both O(1), as in CPython. A key is the argument tuple, then a marker
 * and the keyword items, then (typed) the argument types; a lone int or
 * str argument is its own key.
 *
 * The user function may run any code, including calls to this wrapper
 * and cache_clear(): no link is held across it, and after it returns the
 * key is looked up again before the list is touched. */
#include "../mem/heap.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "functools.h"

typedef struct LruLink {
    GpObj hdr;
    struct LruLink *prev, *next;
    Value key, result;
} LruLink;

typedef struct LruCache {
    GpObj hdr;
    Value func;
    Value cache;     /* dict */
    LruLink *root;   /* bounded caches only: the list's sentinel */
    int64_t maxsize; /* -1: unbounded */
    int64_t hits, misses;
    int typed;
    Value info_type; /* CacheInfo, called by cache_info() */
    Value kwd_mark;  /* separates positional and keyword parts of keys */
    Value dict;      /* __dict__: update_wrapper's attributes */
} LruCache;

static void link_trace(GpGc *gc, GpObj *self) {
    LruLink *l = (LruLink *)self;
    gc_mark(gc, v_from_obj(l->prev));
    gc_mark(gc, v_from_obj(l->next));
    gc_mark(gc, l->key);
    gc_mark(gc, l->result);
}

GpType gp_lrulink_type = {
    .hdr = {&gp_type_type},
    .name = "functools._lru_list_elem",
    .base = &gp_object_type,
    .size = sizeof(LruLink),
    .trace = link_trace,
};
GP_REGISTER_TYPE(gp_lrulink_type);

static LruLink *link_new(GpThread *t) {
    LruLink *l = gp_alloc(t, &gp_lrulink_type, sizeof *l);
    if (l) l->prev = l->next = l;
    return l;
}

static void unlink_node(LruLink *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
}

/* Make l the most recent link, just before root. */
static void append_node(LruLink *root, LruLink *l) {
    l->prev = root->prev;
    l->next = root;
    root->prev->next = l;
    root->prev = l;
}

static Value make_key(GpThread *t, LruCache *c, const Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    if (!nkw && !c->typed && nargs == 1 && (v_is_int(args[0]) || v_is_type(args[0], &gp_int_type) ||
                                            v_is_type(args[0], &gp_str_type)))
        return args[0];
    size_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (c->typed ? nargs + nkw : 0);
    Value key = gp_tuple_new(t, n);
    if (!key) return VNULL;
    Value *k = gp_tuple_items(key);
    size_t i = 0;
    for (size_t j = 0; j < nargs; j++) k[i++] = args[j];
    if (nkw) {
        k[i++] = c->kwd_mark;
        for (size_t j = 0; j < nkw; j++) {
            k[i++] = gp_tuple_items(kwnames)[j];
            k[i++] = args[nargs + j];
        }
    }
    if (c->typed)
        for (size_t j = 0; j < nargs + nkw; j++) k[i++] = v_from_obj(v_type(args[j]));
    return key;
}

static Value lru_call(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    LruCache *c = (LruCache *)v_obj(callable);
    if (c->maxsize == 0) {
        c->misses++;
        return gp_call(t, c->func, args, nargs, kwnames);
    }
    Value key = make_key(t, c, args, nargs, kwnames);
    if (!key) return VNULL;
    Value found;
    int r = gp_dict_lookup(t, c->cache, key, &found);
    if (r < 0) return VNULL;
    if (r) {
        c->hits++;
        if (c->maxsize < 0) return found;
        LruLink *l = (LruLink *)v_obj(found);
        unlink_node(l);
        append_node(c->root, l);
        return l->result;
    }
    c->misses++;
    Value result = gp_call(t, c->func, args, nargs, kwnames);
    if (!result) return VNULL;
    if (c->maxsize < 0) return gp_dict_set(t, c->cache, key, result) < 0 ? VNULL : result;
    /* The call may have cached this key itself (recursion): keep that. */
    r = gp_dict_lookup(t, c->cache, key, &found);
    if (r < 0) return VNULL;
    if (r) return result;
    LruLink *l;
    if ((int64_t)gp_dict_obj(c->cache)->used >= c->maxsize && c->root->next != c->root) {
        /* Full: the oldest link is reused for the new key. */
        l = c->root->next;
        unlink_node(l);
        Value old = l->key;
        l->key = l->result = VNULL;
        if (gp_dict_del(t, c->cache, old) < 0) return VNULL;
    } else if (!(l = link_new(t))) {
        return VNULL;
    }
    l->key = key;
    l->result = result;
    append_node(c->root, l);
    if (gp_dict_set(t, c->cache, key, v_from_obj(l)) < 0) {
        unlink_node(l);
        return VNULL;
    }
    return result;
}

static Value lru_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    static const GpArgSpec spec = {"_lru_cache_wrapper", names, 4, 4, 0, 4};
    Value a[4];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (!gp_callable(a[0])) return gp_raise(t, &gp_TypeError, "the first argument must be callable");
    int64_t maxsize = -1;
    if (a[1] != V_NONE) {
        if (!gp_is_int(a[1])) return gp_raise(t, &gp_TypeError, "maxsize should be integer or None");
        if (gp_as_ssize(t, a[1], &maxsize) < 0) return VNULL;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = gp_truthy(t, a[2]);
    if (typed < 0) return VNULL;
    GpType *type = (GpType *)v_obj(callable);
    LruCache *c = gp_alloc(t, type, type->size);
    if (!c) return VNULL;
    c->func = a[0];
    c->maxsize = maxsize;
    c->typed = typed;
    c->info_type = a[3];
    if (!(c->cache = gp_dict_new(t))) return VNULL;
    if (!(c->kwd_mark = v_from_obj(gp_alloc(t, &gp_object_type, sizeof(GpObj))))) return VNULL;
    if (maxsize > 0 && !(c->root = link_new(t))) return VNULL;
    return v_from_obj(c);
}

/* A method when looked up on an instance, like a function. */
static Value lru_descr_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    if (!obj || obj == V_NONE) return descr;
    return gp_method_new(t, descr, obj);
}

static Value m_cache_info(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "cache_info", nargs, 0, 0) < 0 || gp_check_no_kw(t, "cache_info", kw) < 0) return VNULL;
    LruCache *c = (LruCache *)v_obj(self);
    Value v[4] = {gp_int_from_i64(t, c->hits), gp_int_from_i64(t, c->misses),
                  c->maxsize < 0 ? V_NONE : gp_int_from_i64(t, c->maxsize),
                  gp_int_from_i64(t, (int64_t)gp_dict_obj(c->cache)->used)};
    return gp_call(t, c->info_type, v, 4, VNULL);
}

static Value m_cache_clear(ARGS) {
    (void)args;
    if (gp_check_nargs(t, "cache_clear", nargs, 0, 0) < 0 || gp_check_no_kw(t, "cache_clear", kw) < 0) return VNULL;
    LruCache *c = (LruCache *)v_obj(self);
    Value fresh = gp_dict_new(t);
    if (!fresh) return VNULL;
    c->cache = fresh;
    c->hits = c->misses = 0;
    if (c->root) c->root->prev = c->root->next = c->root;
    return V_NONE;
}

static Value m_copy(ARGS) {
    (void)t;
    (void)args;
    (void)nargs;
    (void)kw;
    return self;
}

static Value get_dict(GpThread *t, Value self) { return gp_instance_dict(t, self); }

static void lru_trace(GpGc *gc, GpObj *self) {
    LruCache *c = (LruCache *)self;
    gc_mark(gc, c->func);
    gc_mark(gc, c->cache);
    gc_mark(gc, v_from_obj(c->root));
    gc_mark(gc, c->info_type);
    gc_mark(gc, c->kwd_mark);
    gc_mark(gc, c->dict);
}

static const GpMethodDef lru_methods[] = {
    {"cache_info", m_cache_info, 0},
    {"cache_clear", m_cache_clear, 0},
    {"__copy__", m_copy, 0},
    {"__deepcopy__", m_copy, 0},
    {NULL, NULL, 0},
};

static const GpGetSetDef lru_getsets[] = {
    {"__dict__", get_dict, NULL},
    {NULL, NULL, NULL},
};

GpType gp_lru_cache_type = {
    .hdr = {&gp_type_type},
    .name = "functools._lru_cache_wrapper",
    .base = &gp_object_type,
    .size = sizeof(LruCache),
    .flags = GP_TF_BASETYPE,
    .dict_offset = offsetof(LruCache, dict),
    .call = lru_call,
    .descr_get = lru_descr_get,
    .new_ = lru_new,
    .trace = lru_trace,
    .methods = lru_methods,
    .getsets = lru_getsets,
};
GP_REGISTER_TYPE(gp_lru_cache_type);
