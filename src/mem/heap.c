/* heap.c - span allocator and mark-and-sweep collector (see heap.h).
 *
 * Spans: 64 KiB, 64 KiB-aligned blocks carved from 1 MiB arenas. A small
 * span holds slots of one size class; a large span holds one object and
 * may cover several 64 KiB pages. The span header sits at the start of the
 * span and holds two bitmaps, one bit per slot: `alloc` (the slot holds a
 * live or not-yet-swept object) and `mark` (reached in this collection).
 *
 * The span map: an open-addressing hash table from 64 KiB page number to
 * span header, covering every page of every span, so that any word can be
 * tested for "points into an object of this heap" in O(1). That test is
 * what lets the collector scan C stacks and register stacks
 * conservatively, interior pointers included.
 *
 * Sweep runs in two passes: first every dead object's finalize slot runs
 * (while all types, even dying heap types, are intact), then the slots are
 * freed. Under AddressSanitizer free slots are poisoned, so a use of a
 * collected object is reported.
 */
#include "heap.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GP_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define GP_ASAN 1
#endif
#ifdef GP_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#define NO_ASAN __attribute__((no_sanitize_address))
/* Locals that ASan moves to its fake stacks (detect_stack_use_after_return)
 * are off the C stack the collector scans: keep them on the real one. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_stack_use_after_return=0"; }
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#define NO_ASAN
#endif
#if defined(__clang__) || defined(__GNUC__)
#define NO_TSAN __attribute__((no_sanitize("thread")))
#else
#define NO_TSAN
#endif

#define SPAN_SHIFT 16
#define SPAN_SIZE ((size_t)1 << SPAN_SHIFT)
#define ARENA_SPANS 16
#define MAX_SMALL 16384
#define NUM_CLASSES 36
#define MAX_SLOTS (SPAN_SIZE / 16)
#define BITMAP_WORDS (MAX_SLOTS / 64)
#define MIN_THRESHOLD ((size_t)8 << 20)

typedef struct Span {
    struct Span *next;       /* in the all-spans list */
    struct Span *next_free;  /* in its class's list of spans with free slots */
    char *first;             /* first slot */
    size_t slot_size;        /* large: the object's size */
    size_t span_bytes;       /* bytes covered from the span start */
    uint32_t nslots, nfree;
    int cls;                 /* -1: large */
    int in_free_list;
    /* ceil(2^32 / slot_size): slot indices by multiplication, not by a
     * division (tens of cycles) on every allocation and mark. Exact
     * because offsets * slot_size stay below 2^32 (see slot_index). */
    uint32_t recip;
    int has_finalizers;      /* a slot was given to a type with a finalize slot */
    void *free_slots;        /* singly linked through the first word */
    uint64_t alloc[BITMAP_WORDS];
    uint64_t mark[BITMAP_WORDS];
} Span;

#define HEADER_BYTES ((sizeof(Span) + 63) & ~(size_t)63)

typedef struct Arena {
    struct Arena *next;
    void *mem;
} Arena;

struct GpHeap {
    Span *spans;                   /* every span */
    Span *free_class[NUM_CLASSES]; /* spans with free slots, per class */
    Span *empty_spans;             /* unused spans of arenas, linked by next */
    Arena *arenas;
    /* span map */
    uintptr_t *map_keys;           /* page numbers; 0 = empty */
    Span **map_vals;
    size_t map_cap, map_used;
    uintptr_t lo, hi;              /* address range of all spans */
    /* accounting */
    size_t bytes_since_gc, threshold, live_bytes, heap_bytes, allocated_total, collections;
    size_t min_threshold; /* MIN_THRESHOLD, or $GILPY_GC_STRESS bytes to find GC bugs */
    size_t freed_last;    /* objects the last collection freed */
    int collecting;
    int deferred;         /* gc.disable(): automatic collections deferred (see gp_gc_set_enabled) */
};

struct GpGc {
    GpHeap *heap;
    GpObj **stack;
    size_t n, cap;
    int failed;
};

/* ---- size classes: 16-byte steps to 128, then four steps per doubling */

static int size_class(size_t n) {
    if (n <= 128) return n == 0 ? 0 : (int)((n + 15) / 16) - 1;
    unsigned lg = 63u - (unsigned)__builtin_clzll((unsigned long long)(n - 1));
    size_t step = (size_t)1 << (lg - 2);
    return 8 + (int)(lg - 7) * 4 + (int)((n - 1 - ((size_t)1 << lg)) / step);
}

static size_t class_size(int c) {
    if (c < 8) return (size_t)(c + 1) * 16;
    size_t base = (size_t)128 << ((c - 8) / 4);
    return base + (size_t)((c - 8) % 4 + 1) * (base / 4);
}

/* ---- span map */

static size_t map_hash(uintptr_t page, size_t cap) {
    return (size_t)((page * UINT64_C(0x9E3779B97F4A7C15)) >> 17) & (cap - 1);
}

static int map_grow(GpHeap *h) {
    size_t ncap = h->map_cap ? h->map_cap * 2 : 1024;
    uintptr_t *keys = calloc(ncap, sizeof *keys);
    Span **vals = calloc(ncap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < h->map_cap; i++) {
        if (!h->map_keys[i] || !h->map_vals[i]) continue;
        size_t j = map_hash(h->map_keys[i], ncap);
        while (keys[j]) j = (j + 1) & (ncap - 1);
        keys[j] = h->map_keys[i];
        vals[j] = h->map_vals[i];
    }
    free(h->map_keys);
    free(h->map_vals);
    h->map_keys = keys;
    h->map_vals = vals;
    h->map_cap = ncap;
    return 0;
}

/* Removal leaves the key with a NULL span (a tombstone), so probe chains
 * stay intact; a page that returns reuses its tombstone. */
static int map_set(GpHeap *h, uintptr_t page, Span *s) {
    if ((h->map_used + 1) * 2 > h->map_cap && map_grow(h) < 0) return -1;
    size_t j = map_hash(page, h->map_cap);
    while (h->map_keys[j] && h->map_keys[j] != page) j = (j + 1) & (h->map_cap - 1);
    if (!h->map_keys[j]) h->map_used++;
    h->map_keys[j] = page;
    h->map_vals[j] = s;
    return 0;
}

static Span *map_get(const GpHeap *h, uintptr_t page) {
    if (!h->map_cap) return NULL;
    size_t j = map_hash(page, h->map_cap);
    while (h->map_keys[j]) {
        if (h->map_keys[j] == page) return h->map_vals[j];
        j = (j + 1) & (h->map_cap - 1);
    }
    return NULL;
}

static int map_span(GpHeap *h, Span *s, Span *val) {
    uintptr_t start = (uintptr_t)s >> SPAN_SHIFT;
    uintptr_t npages = (s->span_bytes + SPAN_SIZE - 1) >> SPAN_SHIFT;
    for (uintptr_t p = 0; p < npages; p++)
        if (map_set(h, start + p, val) < 0) return -1;
    return 0;
}

/* ---- spans */

static void note_range(GpHeap *h, uintptr_t lo, uintptr_t hi) {
    if (!h->lo || lo < h->lo) h->lo = lo;
    if (hi > h->hi) h->hi = hi;
}

static Span *take_empty_span(GpHeap *h) {
    if (!h->empty_spans) {
        Arena *a = malloc(sizeof *a);
        void *mem = NULL;
        if (!a || posix_memalign(&mem, SPAN_SIZE, SPAN_SIZE * ARENA_SPANS) != 0) {
            free(a);
            return NULL;
        }
        a->mem = mem;
        a->next = h->arenas;
        h->arenas = a;
        note_range(h, (uintptr_t)mem, (uintptr_t)mem + SPAN_SIZE * ARENA_SPANS);
        for (int i = ARENA_SPANS - 1; i >= 0; i--) {
            Span *s = (Span *)((char *)mem + (size_t)i * SPAN_SIZE);
            s->next = h->empty_spans;
            h->empty_spans = s;
        }
    }
    Span *s = h->empty_spans;
    h->empty_spans = s->next;
    return s;
}

/* The slot holding byte offset off of a small span: floor(off / slot_size)
 * as (off * recip) >> 32, exact since off < 2^16 and slot_size <= 2^14. */
static inline size_t slot_index(const Span *s, size_t off) { return (size_t)(((uint64_t)off * s->recip) >> 32); }

static Span *new_small_span(GpHeap *h, int cls) {
    Span *s = take_empty_span(h);
    if (!s) return NULL;
    UNPOISON(s, SPAN_SIZE);
    memset(s, 0, HEADER_BYTES);
    s->cls = cls;
    s->slot_size = class_size(cls);
    s->recip = (uint32_t)((((uint64_t)1 << 32) + s->slot_size - 1) / s->slot_size);
    s->span_bytes = SPAN_SIZE;
    s->first = (char *)s + HEADER_BYTES;
    s->nslots = (uint32_t)((SPAN_SIZE - HEADER_BYTES) / s->slot_size);
    s->nfree = s->nslots;
    if (map_span(h, s, s) < 0) {
        s->next = h->empty_spans;
        h->empty_spans = s;
        return NULL;
    }
    /* Thread the free list from the end so allocation runs upward. */
    for (uint32_t i = s->nslots; i-- > 0;) {
        void **slot = (void **)(s->first + (size_t)i * s->slot_size);
        *slot = s->free_slots;
        s->free_slots = slot;
        POISON((char *)slot + sizeof(void *), s->slot_size - sizeof(void *));
    }
    s->next = h->spans;
    h->spans = s;
    s->next_free = h->free_class[cls];
    h->free_class[cls] = s;
    s->in_free_list = 1;
    h->heap_bytes += SPAN_SIZE;
    return s;
}

static Span *new_large_span(GpHeap *h, size_t size) {
    size_t bytes = (HEADER_BYTES + size + SPAN_SIZE - 1) & ~(SPAN_SIZE - 1);
    if (bytes < size) return NULL;
    void *mem = NULL;
    if (posix_memalign(&mem, SPAN_SIZE, bytes) != 0) return NULL;
    Span *s = mem;
    memset(s, 0, HEADER_BYTES);
    s->cls = -1;
    s->slot_size = size;
    s->span_bytes = bytes;
    s->first = (char *)s + HEADER_BYTES;
    s->nslots = 1;
    if (map_span(h, s, s) < 0) {
        free(mem);
        return NULL;
    }
    note_range(h, (uintptr_t)mem, (uintptr_t)mem + bytes);
    s->next = h->spans;
    h->spans = s;
    h->heap_bytes += bytes;
    return s;
}

/* ---- allocation */

static void *alloc_slot(GpHeap *h, size_t size, int finalizable) {
    if (size > MAX_SMALL) {
        Span *s = new_large_span(h, size);
        if (!s) return NULL;
        memset(s->first, 0, size);
        s->alloc[0] = 1;
        s->has_finalizers = finalizable;
        return s->first;
    }
    int cls = size_class(size);
    Span *s = h->free_class[cls];
    while (s && !s->free_slots) {
        s->in_free_list = 0;
        s = h->free_class[cls] = s->next_free;
    }
    if (!s && !(s = new_small_span(h, cls))) return NULL;
    void **slot = s->free_slots;
    UNPOISON(slot, s->slot_size);
    s->free_slots = *slot;
    /* The next allocation reads that slot (its link): start loading it
     * now, since free slots are mostly cold by the time they are reused. */
    __builtin_prefetch(s->free_slots, 1);
    s->nfree--;
    size_t idx = slot_index(s, (size_t)((char *)slot - s->first));
    s->alloc[idx / 64] |= UINT64_C(1) << (idx % 64);
    s->has_finalizers |= finalizable;
    memset(slot, 0, s->slot_size);
    return slot;
}

void *gp_alloc(GpThread *t, GpType *type, size_t size) {
    if (size < sizeof(GpObj)) size = sizeof(GpObj);
    if (!t) {
        GpObj *o = calloc(1, size);
        if (!o) abort(); /* process initialisation cannot go on without its types */
        o->type = type;
        return o;
    }
    GpHeap *h = t->interp->heap;
    size_t rounded = size > MAX_SMALL ? size : class_size(size_class(size));
    if (h->bytes_since_gc + rounded > h->threshold && !h->collecting) gp_gc_collect(t);
    GpObj *o = alloc_slot(h, size, type->finalize != NULL);
    if (!o) {
        /* Out of memory: collect once and retry before giving up. */
        if (!h->collecting) gp_gc_collect(t);
        o = alloc_slot(h, size, type->finalize != NULL);
        if (!o) {
            gp_raise_memory(t);
            return NULL;
        }
    }
    h->bytes_since_gc += rounded;
    h->allocated_total += rounded;
    o->type = type;
    return o;
}

/* A blob is an object whose type has no slots: only its header says it
 * is one, and the caller gets the bytes after the header. */
static GpType blob_type = {.hdr = {&gp_type_type}, .name = "blob", .size = sizeof(GpObj)};

void *gp_blob_alloc(GpThread *t, size_t n) {
    if (n > SIZE_MAX - 2 * sizeof(GpObj)) {
        if (t) gp_raise_memory(t);
        return NULL;
    }
    char *o = gp_alloc(t, &blob_type, sizeof(GpObj) + (n ? n : 1));
    return o ? o + sizeof(GpObj) : NULL;
}

void gp_blob_free_immortal(void *p) {
    if (p) free((char *)p - sizeof(GpObj));
}

void *gp_blob_realloc(GpThread *t, void *p, size_t old_n, size_t new_n) {
    char *q = gp_blob_alloc(t, new_n);
    if (q && p) memcpy(q, p, old_n < new_n ? old_n : new_n);
    return q;
}

void gc_mark_blob(GpGc *gc, const void *p) {
    if (p) gc_mark(gc, v_from_obj((const char *)p - sizeof(GpObj)));
}

void *gp_mem_alloc(GpThread *t, size_t n) {
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        if (t) gp_raise_memory(t);
        return NULL;
    }
    if (t) {
        t->interp->heap->bytes_since_gc += n;
        t->interp->heap->heap_bytes += n;
    }
    return p;
}

void *gp_mem_realloc(GpThread *t, void *p, size_t old_n, size_t new_n) {
    void *q = realloc(p, new_n ? new_n : 1);
    if (!q) {
        if (t) gp_raise_memory(t);
        return NULL;
    }
    if (t) {
        GpHeap *h = t->interp->heap;
        if (new_n > old_n) h->bytes_since_gc += new_n - old_n;
        h->heap_bytes += new_n;
        h->heap_bytes -= old_n < h->heap_bytes ? old_n : h->heap_bytes;
    }
    return q;
}

void gp_mem_free(GpInterp *interp, void *p, size_t n) {
    if (!p) return;
    free(p);
    if (interp) {
        GpHeap *h = interp->heap;
        h->heap_bytes -= n < h->heap_bytes ? n : h->heap_bytes;
    }
}

/* ---- marking */


/* The object containing address a, or NULL. Interior pointers count.
 * *sp and *ip receive its span and slot index (for mark_slot, so that
 * marking looks the span up once). */
static GpObj *find_object(GpHeap *h, uintptr_t a, Span **sp, size_t *ip) {
    if (a < h->lo || a >= h->hi) return NULL;
    Span *s = map_get(h, a >> SPAN_SHIFT);
    if (!s || a < (uintptr_t)s->first) return NULL;
    size_t off = a - (uintptr_t)s->first;
    *sp = s;
    *ip = 0;
    if (s->cls < 0) return off < s->slot_size && (s->alloc[0] & 1) ? (GpObj *)s->first : NULL;
    size_t idx = slot_index(s, off);
    if (idx >= s->nslots || !(s->alloc[idx / 64] & (UINT64_C(1) << (idx % 64)))) return NULL;
    *ip = idx;
    return (GpObj *)(s->first + idx * s->slot_size);
}

/* Mark o, in slot idx of span s. Returns 1 if o was newly marked, 0 if it
 * already was. */
static int mark_slot(GpGc *gc, Span *s, size_t idx, GpObj *o) {
    uint64_t bit = UINT64_C(1) << (idx % 64);
    if (s->mark[idx / 64] & bit) return 0;
    s->mark[idx / 64] |= bit;
    gc->heap->live_bytes += s->slot_size;
    if (gc->n == gc->cap) {
        size_t ncap = gc->cap ? gc->cap * 2 : 4096;
        GpObj **ns = realloc(gc->stack, ncap * sizeof *ns);
        if (!ns) {
            /* Without room to defer, trace right away (deep but bounded by
             * the heap); this only happens when memory is exhausted. */
            gc->failed = 1;
            if (o->type) gc_mark(gc, v_from_obj(o->type));
            if (o->type && o->type->trace) o->type->trace(gc, o);
            return 1;
        }
        gc->stack = ns;
        gc->cap = ncap;
    }
    gc->stack[gc->n++] = o;
    return 1;
}

void gc_mark(GpGc *gc, Value v) {
    if (!v_is_obj(v)) return;
    uintptr_t a = (uintptr_t)v;
    GpHeap *h = gc->heap;
    if (a < h->lo || a >= h->hi) return;
    Span *s;
    size_t idx;
    GpObj *o = find_object(h, a, &s, &idx);
    if (o) mark_slot(gc, s, idx, o);
}

void gc_mark_range(GpGc *gc, const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++) gc_mark(gc, v[i]);
}

/* Conservative: any word may be a pointer to (or into) an object. The
 * words may belong to another thread's stack, hence no sanitizer checks. */
NO_ASAN NO_TSAN static void scan_range(GpGc *gc, const void *lo, const void *hi, int into_blobs);

/* A blob reached from a root, not through its owner: C code may hold a
 * pointer into a list's items while the list itself is already dead (a
 * copy in progress), so the blob's words are roots too. */
NO_ASAN NO_TSAN static void scan_blob(GpGc *gc, GpObj *o) {
    Span *s = map_get(gc->heap, (uintptr_t)o >> SPAN_SHIFT);
    scan_range(gc, (const char *)o + sizeof(GpObj), (const char *)o + s->slot_size, 0);
}

/* Conservative: any word may be a pointer to (or into) an object. The
 * words may belong to another thread's stack, hence no sanitizer checks. */
NO_ASAN NO_TSAN static void scan_range(GpGc *gc, const void *lo, const void *hi, int into_blobs) {
    uintptr_t a = ((uintptr_t)lo + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    for (; a + sizeof(void *) <= (uintptr_t)hi; a += sizeof(void *)) {
        uintptr_t w = *(const volatile uintptr_t *)a;
        if (w >= gc->heap->lo && w < gc->heap->hi) {
            Span *s;
            size_t idx;
            GpObj *o = find_object(gc->heap, w, &s, &idx);
            if (o && mark_slot(gc, s, idx, o) && into_blobs && o->type == &blob_type) scan_blob(gc, o);
        }
    }
}

static void scan_words(GpGc *gc, const void *lo, const void *hi) { scan_range(gc, lo, hi, 1); }

static void drain(GpGc *gc) {
    while (gc->n) {
        GpObj *o = gc->stack[--gc->n];
        gc_mark(gc, v_from_obj(o->type));
        if (o->type->trace) o->type->trace(gc, o);
    }
}

static void scan_thread(GpGc *gc, GpThread *th, GpThread *self, void *self_sp) {
    gc_mark(gc, th->exc);
    gc_mark(gc, th->handled);
    gc_mark(gc, th->thread_obj);
    gc_mark(gc, th->boot);
    gc_mark(gc, th->sentinel);
    gc_mark(gc, th->user);
    gc_mark(gc, th->repr_stack);
    gc_mark_range(gc, th->pins, th->npins);
    /* A generator's frame lives in the generator object, off the data
     * stack: while it runs, the thread's frame chain reaches it even if
     * nothing else does. */
    for (GpFrame *f = th->frame; f; f = f->prev) gc_mark(gc, f->gen);
    for (GpStackChunk *c = th->chunk; c; c = c->prev) {
        Value *top = c == th->chunk ? th->stack_top : c->top_saved;
        scan_words(gc, c->data, top);
    }
    if (!th->c_stack_base) return;
    if (th == self) {
        scan_words(gc, self_sp, th->c_stack_base);
    } else if (th->stack_saved) {
        scan_words(gc, &th->saved_regs, (char *)&th->saved_regs + sizeof th->saved_regs);
        scan_words(gc, th->c_stack_saved, th->c_stack_base);
    }
}

static void mark_roots(GpGc *gc, GpThread *t, void *sp) {
    GpInterp *in = t->interp;
    gc_mark(gc, in->builtins);
    gc_mark(gc, in->builtins_mod);
    gc_mark(gc, in->modules);
    gc_mark(gc, in->sys);
    gc_mark(gc, in->interned);
    gc_mark(gc, in->memory_error);
    gc_mark(gc, in->argv);
    gc_mark(gc, in->module_cache);
    gc_mark(gc, in->signal_handlers);
    for (GpThread *th = in->threads; th; th = th->next) scan_thread(gc, th, t, sp);
}

/* ---- sweeping */

static void finalize_dead(GpInterp *in, Span *s) {
    /* Most spans hold no object with a finalizer: skip reading each dead
     * object's type. */
    if (!s->has_finalizers) return;
    for (size_t w = 0; w < (s->nslots + 63) / 64; w++) {
        uint64_t dead = s->alloc[w] & ~s->mark[w];
        while (dead) {
            size_t idx = w * 64 + (size_t)__builtin_ctzll(dead);
            dead &= dead - 1;
            GpObj *o = (GpObj *)(s->first + idx * s->slot_size);
            if (o->type && o->type->finalize) o->type->finalize(in, o);
        }
    }
}

static void free_dead(GpHeap *h, Span *s) {
    for (size_t w = 0; w < (s->nslots + 63) / 64; w++) {
        uint64_t dead = s->alloc[w] & ~s->mark[w];
        h->freed_last += (size_t)__builtin_popcountll(dead);
        while (dead) {
            size_t idx = w * 64 + (size_t)__builtin_ctzll(dead);
            dead &= dead - 1;
            void **slot = (void **)(s->first + idx * s->slot_size);
            *slot = s->free_slots;
            s->free_slots = slot;
            POISON((char *)slot + sizeof(void *), s->slot_size - sizeof(void *));
            s->nfree++;
        }
        s->alloc[w] &= s->mark[w];
        s->mark[w] = 0;
    }
}

static void release_span(GpHeap *h, Span *s) {
    map_span(h, s, NULL);
    h->heap_bytes -= s->span_bytes;
    if (s->cls < 0) {
        free(s);
    } else {
        s->next = h->empty_spans;
        h->empty_spans = s;
    }
}

static void sweep(GpInterp *in, GpHeap *h) {
    for (Span *s = h->spans; s; s = s->next) finalize_dead(in, s);
    Span **link = &h->spans;
    for (int c = 0; c < NUM_CLASSES; c++) h->free_class[c] = NULL;
    while (*link) {
        Span *s = *link;
        if (s->cls < 0) {
            if (!(s->mark[0] & 1)) {
                *link = s->next;
                h->freed_last++;
                release_span(h, s);
                continue;
            }
            s->mark[0] = 0;
        } else {
            free_dead(h, s);
            if (s->nfree == s->nslots) {
                *link = s->next;
                release_span(h, s);
                continue;
            }
            s->in_free_list = 0;
            if (s->free_slots) {
                s->next_free = h->free_class[s->cls];
                h->free_class[s->cls] = s;
                s->in_free_list = 1;
            }
        }
        link = &s->next;
    }
}

/* The collecting thread's roots are its registers, spilled into this
 * frame, and its C stack from here up: every caller's frame is live
 * while the collection runs. */
static void collect_with_registers(GpThread *t) {
    GpRegs regs;
    void *sp = gp_spill_registers(&regs);
    GpHeap *h = t->interp->heap;
    GpGc gc = {.heap = h};
    h->live_bytes = 0;
    h->freed_last = 0;
    mark_roots(&gc, t, sp);
    drain(&gc);
    free(gc.stack);
    sweep(t->interp, h);
}

/* The next collection after twice the live bytes (at least the minimum)
 * have been allocated: a program holding a large structure marks it once
 * per that much allocation, not once per its size. With collections
 * deferred (gc.disable()), after eight times the live bytes and at least
 * DEFERRED_THRESHOLD: gilpy has no reference counting, so every object is
 * freed by the collector, and stopping it outright (as CPython's
 * gc.disable() stops only its cycle collector) would let memory grow
 * without bound; deferring keeps the pauses rare and the memory bounded. */
#define DEFERRED_THRESHOLD ((size_t)64 << 20)
static void set_threshold(GpHeap *h) {
    size_t floor = h->deferred ? DEFERRED_THRESHOLD : h->min_threshold;
    size_t factor = h->deferred ? 8 : 2;
    h->threshold = factor * h->live_bytes > floor ? factor * h->live_bytes : floor;
    if (h->min_threshold < MIN_THRESHOLD) h->threshold = h->min_threshold; /* stress: collect often */
}

void gp_gc_collect(GpThread *t) {
    GpHeap *h = t->interp->heap;
    if (h->collecting) return;
    h->collecting = 1;
    collect_with_registers(t);
    h->collections++;
    h->bytes_since_gc = 0;
    set_threshold(h);
    h->collecting = 0;
}

void gp_gc_set_enabled(GpHeap *h, int enabled) {
    h->deferred = !enabled;
    set_threshold(h);
}

int gp_gc_is_enabled(const GpHeap *h) { return !h->deferred; }

size_t gp_gc_collect_counted(GpThread *t) {
    gp_gc_collect(t);
    return t->interp->heap->freed_last;
}

/* ---- pins */

int gp_pin(GpThread *t, Value v) {
    if (t->npins == t->pins_cap) {
        size_t ncap = t->pins_cap ? t->pins_cap * 2 : 32;
        Value *np = realloc(t->pins, ncap * sizeof *np);
        if (!np) {
            gp_raise_memory(t);
            return -1;
        }
        t->pins = np;
        t->pins_cap = ncap;
    }
    t->pins[t->npins++] = v;
    return 0;
}

void gp_unpin(GpThread *t, size_t n) { t->npins -= n <= t->npins ? n : t->npins; }

/* ---- lifecycle */

GpHeap *gp_heap_new(void) {
    GpHeap *h = calloc(1, sizeof *h);
    if (!h) return NULL;
    /* GILPY_GC_STRESS=N collects after every N bytes allocated: a
     * debugging aid that makes a missing root show up at once. */
    const char *stress = getenv("GILPY_GC_STRESS");
    long n = stress ? atol(stress) : 0;
    h->min_threshold = n > 0 ? (size_t)n : MIN_THRESHOLD;
    h->threshold = h->min_threshold;
    return h;
}

void gp_heap_free(GpInterp *in, GpHeap *h) {
    if (!h) return;
    /* Nothing is marked: every object is dead and gets finalized. */
    for (Span *s = h->spans; s; s = s->next) {
        memset(s->mark, 0, sizeof s->mark);
        finalize_dead(in, s);
    }
    Span *s = h->spans;
    while (s) {
        Span *next = s->next;
        if (s->cls < 0) free(s);
        s = next;
    }
    Arena *a = h->arenas;
    while (a) {
        Arena *next = a->next;
        UNPOISON(a->mem, SPAN_SIZE * ARENA_SPANS);
        free(a->mem);
        free(a);
        a = next;
    }
    free(h->map_keys);
    free(h->map_vals);
    free(h);
}

void gp_heap_stats(GpHeap *h, GpHeapStats *out) {
    out->collections = h->collections;
    out->live_bytes = h->live_bytes;
    out->heap_bytes = h->heap_bytes;
    out->allocated_total = h->allocated_total;
}
