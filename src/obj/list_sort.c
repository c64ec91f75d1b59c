/* list_sort.c - list.sort: CPython's timsort, comparison for comparison.
 *
 * Why the same algorithm and not just any stable sort: a program sees
 * which pairs sort compares (a logging __lt__), which pair a mixed-type
 * TypeError names, and the list's order after a comparison raises. So
 * every step follows CPython 3.12 (Objects/listobject.c, listsort.txt):
 *  - natural runs are found left to right (count_run); a strictly
 *    descending run is reversed in place;
 *  - runs shorter than minrun (32..64, chosen so that n/minrun is just
 *    below a power of two) are extended by binary insertion;
 *  - the stack of pending runs is merged by the powersort policy (each
 *    run boundary gets a "power", runs of greater power merge first);
 *  - merges trim the parts already in place with a gallop, then merge
 *    the shorter side into the longer (merge_lo / merge_hi), switching to
 *    galloping when one side wins min_gallop times in a row; min_gallop
 *    adapts to the data;
 *  - reverse=True reverses the list, sorts stably, and reverses back;
 *  - the comparison is chosen once after a pre-sort scan of the keys:
 *    for keys all of one type, that type's own richcmp slot is called
 *    directly (a class's __lt__, and only on NotImplemented the full
 *    protocol), as CPython's unsafe_object_compare does.
 *
 * Memory: a comparison can run Python code and trigger a collection, and
 * the list is emptied during the sort (so that a mutation is detected).
 * Keys, values and the merge's temporary space therefore all live in one
 * tuple (`work`), traced like any tuple; nothing is kept in malloc'd
 * memory. */
#include <string.h>

#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef ptrdiff_t isize;

/* Keys and the values that move with them; values NULL: the keys are the
 * values (no key function). */
typedef struct Slice {
    Value *keys, *values;
} Slice;

typedef struct Run {
    Slice base;
    isize len;
    int power; /* depth of the boundary after this run in the merge tree */
} Run;

#define MIN_GALLOP 7
#define MAX_MINRUN 64
#define MAX_PENDING 64 /* floor(log2(n)) + 1 runs at most */

typedef struct Sorter Sorter;
typedef int (*CmpFn)(Sorter *s, Value a, Value b); /* a < b: 1, 0, or -1 */

struct Sorter {
    GpThread *t;
    isize min_gallop;
    isize listlen;
    Value *basekeys;
    Slice tmp; /* room for (listlen + 1) / 2 keys (and values) */
    int n;
    Run pending[MAX_PENDING];
    CmpFn cmp;
    CmpFn tuple_elem_cmp;
    Value (*key_richcmp)(GpThread *t, Value a, Value b, int op);
};

/* ---- comparisons */

static int cmp_safe(Sorter *s, Value a, Value b) { return gp_richcmp_bool(s->t, a, b, GP_LT); }

static int cmp_int(Sorter *s, Value a, Value b) {
    if (v_is_int(a) && v_is_int(b)) return v_int(a) < v_int(b);
    return gp_richcmp_bool(s->t, a, b, GP_LT);
}

static int cmp_float(Sorter *s, Value a, Value b) {
    if (v_is_float(a) && v_is_float(b)) return v_float(a) < v_float(b);
    return gp_richcmp_bool(s->t, a, b, GP_LT);
}

/* UTF-8 byte order is code point order. */
static int cmp_str(Sorter *s, Value a, Value b) {
    (void)s;
    size_t na = gp_str_nbytes(a), nb = gp_str_nbytes(b);
    int c = memcmp(gp_str_data(a), gp_str_data(b), na < nb ? na : nb);
    return c ? c < 0 : na < nb;
}

/* Keys all of one type: its slot directly, the full protocol only when it
 * declines. */
static int cmp_same_type(Sorter *s, Value a, Value b) {
    if (v_type(a)->richcmp != s->key_richcmp) return cmp_safe(s, a, b);
    Value r = s->key_richcmp(s->t, a, b, GP_LT);
    if (r == V_NOTIMPL) return cmp_safe(s, a, b);
    if (!r) return -1;
    if (r == V_TRUE || r == V_FALSE) return r == V_TRUE;
    return gp_truthy(s->t, r);
}

/* Non-empty tuples: items compared for equality until one differs, the
 * first items with the comparison chosen for them. */
static int cmp_tuple(Sorter *s, Value a, Value b) {
    const Value *x = gp_tuple_items(a), *y = gp_tuple_items(b);
    size_t nx = gp_tuple_len(a), ny = gp_tuple_len(b), i;
    for (i = 0; i < nx && i < ny; i++) {
        int eq = gp_eq(s->t, x[i], y[i]);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= nx || i >= ny) return nx < ny;
    if (i == 0) return s->tuple_elem_cmp(s, x[0], y[0]);
    return gp_richcmp_bool(s->t, x[i], y[i], GP_LT);
}

static int is_nonempty_tuple(Value v) { return v_is_type(v, &gp_tuple_type) && gp_tuple_len(v) > 0; }

/* The pre-sort scan: the first key's type is assumed representative,
 * then checked against every key (for tuples, against every first item). */
static void choose_compare(Sorter *s, const Value *keys, isize n) {
    int in_tuples = is_nonempty_tuple(keys[0]);
    GpType *key_type = v_type(in_tuples ? gp_tuple_items(keys[0])[0] : keys[0]);
    int same_type = 1;
    for (isize i = 0; i < n; i++) {
        if (in_tuples && !is_nonempty_tuple(keys[i])) {
            in_tuples = same_type = 0;
            break;
        }
        Value k = in_tuples ? gp_tuple_items(keys[i])[0] : keys[i];
        if (v_type(k) != key_type) {
            same_type = 0;
            /* Tuples: keep checking that every key is one. */
            if (!in_tuples) break;
        }
    }
    CmpFn c = cmp_safe;
    if (same_type) {
        if (key_type == &gp_str_type) c = cmp_str;
        else if (key_type == &gp_int_type) c = cmp_int;
        else if (key_type == &gp_float_type) c = cmp_float;
        else if ((s->key_richcmp = key_type->richcmp) != NULL) c = cmp_same_type;
    }
    s->cmp = c;
    if (in_tuples) {
        /* Tuples of tuples: the items' comparison is the safe one. */
        s->tuple_elem_cmp = key_type == &gp_tuple_type ? cmp_safe : c;
        s->cmp = cmp_tuple;
    }
}

#define LT(a, b) (s->cmp(s, (a), (b)))

/* ---- moving keys and values together */

static void slice_advance(Slice *sl, isize n) {
    sl->keys += n;
    if (sl->values) sl->values += n;
}

static void slice_copy(Slice *dst, isize i, const Slice *src, isize j) {
    dst->keys[i] = src->keys[j];
    if (dst->values) dst->values[i] = src->values[j];
}

/* memmove also serves for non-overlapping copies. */
static void slice_move(Slice *dst, isize i, const Slice *src, isize j, isize n) {
    if (n <= 0) return;
    memmove(&dst->keys[i], &src->keys[j], (size_t)n * sizeof(Value));
    if (dst->values) memmove(&dst->values[i], &src->values[j], (size_t)n * sizeof(Value));
}

static void reverse_values(Value *lo, Value *hi) {
    for (--hi; lo < hi; lo++, hi--) {
        Value x = *lo;
        *lo = *hi;
        *hi = x;
    }
}

static void slice_reverse(Slice *sl, isize n) {
    reverse_values(sl->keys, sl->keys + n);
    if (sl->values) reverse_values(sl->values, sl->values + n);
}

/* ---- runs */

/* Binary insertion sort of sl[0..n), of which sl[0..ok) is sorted. Stable:
 * an item goes after the items equal to it. */
static int binary_insertion(Sorter *s, Slice sl, isize n, isize ok) {
    Value *a = sl.keys;
    if (ok == 0) ok = 1;
    for (; ok < n; ok++) {
        isize lo = 0, hi = ok;
        Value pivot = a[ok];
        do {
            isize mid = lo + ((hi - lo) >> 1);
            int k = LT(pivot, a[mid]);
            if (k < 0) return -1;
            if (k) hi = mid;
            else lo = mid + 1;
        } while (lo < hi);
        memmove(&a[lo + 1], &a[lo], (size_t)(ok - lo) * sizeof(Value));
        a[lo] = pivot;
        if (sl.values) {
            Value *v = sl.values;
            Value vp = v[ok];
            memmove(&v[lo + 1], &v[lo], (size_t)(ok - lo) * sizeof(Value));
            v[lo] = vp;
        }
    }
    return 0;
}

/* The length of the run at keys[0..n): non-descending, or strictly
 * descending (*descending set; strictness keeps reversal stable). */
static isize count_run(Sorter *s, const Value *keys, isize n, int *descending) {
    *descending = 0;
    if (n == 1) return 1;
    int k = LT(keys[1], keys[0]);
    if (k < 0) return -1;
    isize len = 2;
    if (k) {
        *descending = 1;
        for (; len < n; len++) {
            k = LT(keys[len], keys[len - 1]);
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (; len < n; len++) {
            k = LT(keys[len], keys[len - 1]);
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return len;
}

static isize compute_minrun(isize n) {
    isize r = 0; /* 1 if any 1 bit is shifted off */
    while (n >= MAX_MINRUN) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ---- galloping: exponential then binary search from a hint */

/* k in 0..n with a[k-1] < key <= a[k]: key goes before equal items. */
static isize gallop_left(Sorter *s, Value key, const Value *a, isize n, isize hint) {
    isize lastofs = 0, ofs = 1;
    int k = LT(a[hint], key);
    if (k < 0) return -1;
    if (k) {
        /* a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs]. */
        isize maxofs = n - hint;
        while (ofs < maxofs) {
            k = LT(a[hint + ofs], key);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs]. */
        isize maxofs = hint + 1;
        while (ofs < maxofs) {
            k = LT(a[hint - ofs], key);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        isize tmp = lastofs;
        lastofs = hint - ofs;
        ofs = hint - tmp;
    }
    /* a[lastofs] < key <= a[ofs]: binary search in between. */
    lastofs++;
    while (lastofs < ofs) {
        isize m = lastofs + ((ofs - lastofs) >> 1);
        k = LT(a[m], key);
        if (k < 0) return -1;
        if (k) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* k in 0..n with a[k-1] <= key < a[k]: key goes after equal items. */
static isize gallop_right(Sorter *s, Value key, const Value *a, isize n, isize hint) {
    isize lastofs = 0, ofs = 1;
    int k = LT(key, a[hint]);
    if (k < 0) return -1;
    if (k) {
        /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs]. */
        isize maxofs = hint + 1;
        while (ofs < maxofs) {
            k = LT(key, a[hint - ofs]);
            if (k < 0) return -1;
            if (!k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        isize tmp = lastofs;
        lastofs = hint - ofs;
        ofs = hint - tmp;
    } else {
        /* a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs]. */
        isize maxofs = n - hint;
        while (ofs < maxofs) {
            k = LT(key, a[hint + ofs]);
            if (k < 0) return -1;
            if (k) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
        isize m = lastofs + ((ofs - lastofs) >> 1);
        k = LT(key, a[m]);
        if (k < 0) return -1;
        if (k) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
}

/* ---- merging */

/* Merge a[0..na) and b[0..nb) (adjacent, b after a) in place, na <= nb,
 * a[na-1] belonging at the end. a is copied to the temporary space and
 * the merge fills from the left. On error, what is left of a is copied
 * back so that the list stays a permutation of its items. */
static int merge_lo(Sorter *s, Slice a, isize na, Slice b, isize nb) {
    int rc = -1;
    slice_move(&s->tmp, 0, &a, 0, na);
    Slice dest = a;
    a = s->tmp;
    slice_copy(&dest, 0, &b, 0);
    slice_advance(&dest, 1);
    slice_advance(&b, 1);
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    isize min_gallop = s->min_gallop;
    for (;;) {
        isize acount = 0, bcount = 0; /* wins in a row */
        /* One pair at a time until a side wins consistently. */
        for (;;) {
            int k = LT(b.keys[0], a.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_copy(&dest, 0, &b, 0);
                slice_advance(&dest, 1);
                slice_advance(&b, 1);
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                slice_copy(&dest, 0, &a, 0);
                slice_advance(&dest, 1);
                slice_advance(&a, 1);
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        /* Galloping, while it pays. */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            isize k = gallop_right(s, b.keys[0], a.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_move(&dest, 0, &a, 0, k);
                slice_advance(&dest, k);
                slice_advance(&a, k);
                na -= k;
                if (na == 1) goto copy_b;
                /* Only an inconsistent comparison gets here. */
                if (na == 0) goto succeed;
            }
            slice_copy(&dest, 0, &b, 0);
            slice_advance(&dest, 1);
            slice_advance(&b, 1);
            if (--nb == 0) goto succeed;

            k = gallop_left(s, a.keys[0], b.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                slice_move(&dest, 0, &b, 0, k);
                slice_advance(&dest, k);
                slice_advance(&b, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            slice_copy(&dest, 0, &a, 0);
            slice_advance(&dest, 1);
            slice_advance(&a, 1);
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++; /* leaving galloping mode costs */
        s->min_gallop = min_gallop;
    }
succeed:
    rc = 0;
fail:
    if (na) slice_move(&dest, 0, &a, 0, na);
    return rc;
copy_b:
    /* The last item of a goes after the rest of b. */
    slice_move(&dest, 0, &b, 0, nb);
    slice_copy(&dest, nb, &a, 0);
    return 0;
}

/* The mirror image: na >= nb, b is copied out and the merge fills from
 * the right. Pointers walk down from the last items. */
static int merge_hi(Sorter *s, Slice a, isize na, Slice b, isize nb) {
    int rc = -1;
    Slice dest = b;
    slice_advance(&dest, nb - 1);
    slice_move(&s->tmp, 0, &b, 0, nb);
    Slice basea = a, baseb = s->tmp;
    b = s->tmp;
    slice_advance(&b, nb - 1);
    slice_advance(&a, na - 1);

    slice_copy(&dest, 0, &a, 0);
    slice_advance(&dest, -1);
    slice_advance(&a, -1);
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    isize min_gallop = s->min_gallop;
    for (;;) {
        isize acount = 0, bcount = 0;
        for (;;) {
            int k = LT(b.keys[0], a.keys[0]);
            if (k < 0) goto fail;
            if (k) {
                slice_copy(&dest, 0, &a, 0);
                slice_advance(&dest, -1);
                slice_advance(&a, -1);
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                slice_copy(&dest, 0, &b, 0);
                slice_advance(&dest, -1);
                slice_advance(&b, -1);
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            isize k = gallop_right(s, b.keys[0], basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&a, -k);
                slice_move(&dest, 1, &a, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            slice_copy(&dest, 0, &b, 0);
            slice_advance(&dest, -1);
            slice_advance(&b, -1);
            if (--nb == 1) goto copy_a;

            k = gallop_left(s, a.keys[0], baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                slice_advance(&dest, -k);
                slice_advance(&b, -k);
                slice_move(&dest, 1, &b, 1, k);
                nb -= k;
                if (nb == 1) goto copy_a;
                /* Only an inconsistent comparison gets here. */
                if (nb == 0) goto succeed;
            }
            slice_copy(&dest, 0, &a, 0);
            slice_advance(&dest, -1);
            slice_advance(&a, -1);
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    rc = 0;
fail:
    if (nb) slice_move(&dest, -(nb - 1), &baseb, 0, nb);
    return rc;
copy_a:
    /* The first item of b goes before the rest of a. */
    slice_move(&dest, 1 - na, &a, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&a, -na);
    slice_copy(&dest, 0, &b, 0);
    return 0;
}

/* Merge pending runs i and i+1. */
static int merge_at(Sorter *s, int i) {
    Slice a = s->pending[i].base, b = s->pending[i + 1].base;
    isize na = s->pending[i].len, nb = s->pending[i + 1].len;
    s->pending[i].len = na + nb;
    if (i == s->n - 3) s->pending[i + 1] = s->pending[i + 2];
    s->n--;
    /* Items of a before b's first are already in place. */
    isize k = gallop_right(s, b.keys[0], a.keys, na, 0);
    if (k < 0) return -1;
    slice_advance(&a, k);
    na -= k;
    if (na == 0) return 0;
    /* So are items of b after a's last. */
    nb = gallop_left(s, a.keys[na - 1], b.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

/* Powersort: the depth, in a binary tree over [0, n), of the node
 * splitting the midpoints of runs [s1, s1+n1) and [s1+n1, s1+n1+n2):
 * the first bit where the binary fractions 2a/2n and 2b/2n differ. */
static int powerloop(isize s1, isize n1, isize n2, isize n) {
    int result = 0;
    isize a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A run of n2 items follows the top of the stack: merge the runs below
 * whose power exceeds the new boundary's. */
static int found_new_run(Sorter *s, isize n2) {
    if (!s->n) return 0;
    Run *p = s->pending;
    isize s1 = p[s->n - 1].base.keys - s->basekeys;
    int power = powerloop(s1, p[s->n - 1].len, n2, s->listlen);
    while (s->n > 1 && p[s->n - 2].power > power)
        if (merge_at(s, s->n - 2) < 0) return -1;
    p[s->n - 1].power = power;
    return 0;
}

static int force_collapse(Sorter *s) {
    Run *p = s->pending;
    while (s->n > 1) {
        int i = s->n - 2;
        if (i > 0 && p[i - 1].len < p[i + 1].len) i--;
        if (merge_at(s, i) < 0) return -1;
    }
    return 0;
}

static int timsort(Sorter *s, Slice lo, isize n) {
    isize remaining = n, minrun = compute_minrun(n);
    do {
        int descending;
        isize len = count_run(s, lo.keys, remaining, &descending);
        if (len < 0) return -1;
        if (descending) slice_reverse(&lo, len);
        if (len < minrun) {
            isize force = remaining <= minrun ? remaining : minrun;
            if (binary_insertion(s, lo, force, len) < 0) return -1;
            len = force;
        }
        if (found_new_run(s, len) < 0) return -1;
        s->pending[s->n].base = lo;
        s->pending[s->n].len = len;
        s->n++;
        slice_advance(&lo, len);
        remaining -= len;
    } while (remaining);
    return force_collapse(s);
}

int gp_list_sort(GpThread *t, Value list, Value key, int reverse) {
    GpList *l = gp_list_obj(list);
    isize n = (isize)l->n;
    if (key == V_NONE) key = VNULL;
    /* work = [keys (with a key function)] [values] [temporary keys]
     * [temporary values]; allocated while the list still traces its
     * items, since afterwards only `work` keeps them alive. */
    isize half = (n + 1) / 2, per = key ? 2 : 1;
    Value work = gp_tuple_new(t, (size_t)(per * (n + half)));
    if (!work) return -1;
    Value *w = gp_tuple_items(work);
    Value *items = l->items;
    size_t cap = l->cap;
    Value *values = w + (key ? n : 0);
    if (n) memcpy(values, items, (size_t)n * sizeof(Value));
    /* Empty the list while sorting, as CPython does: a comparison or key
     * function that changes it is detected. */
    l->items = NULL;
    l->n = l->cap = 0;

    Sorter s = {.t = t, .min_gallop = MIN_GALLOP, .listlen = n, .cmp = cmp_safe};
    Slice lo = {values, NULL};
    int rc = -1;
    if (key) {
        for (isize i = 0; i < n; i++) {
            w[i] = gp_call1(t, key, values[i]);
            if (!w[i]) goto restore; /* the list is left as it was */
        }
        lo = (Slice){w, values};
    }
    s.basekeys = lo.keys;
    s.tmp.keys = w + per * n;
    s.tmp.values = key ? s.tmp.keys + half : NULL;
    if (n > 1) {
        choose_compare(&s, lo.keys, n);
        if (reverse) {
            if (key) reverse_values(w, w + n);
            reverse_values(values, values + n);
        }
        rc = timsort(&s, lo, n);
        if (reverse) reverse_values(values, values + n);
    } else {
        rc = 0;
    }
    if (n) memcpy(items, values, (size_t)n * sizeof(Value));
restore:
    if ((l->items || l->n) && rc == 0) {
        rc = -1;
        gp_raise(t, &gp_ValueError, "list modified during sort");
    }
    l->items = items;
    l->n = (size_t)n;
    l->cap = cap;
    return rc;
}
