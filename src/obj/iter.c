/* iter.c - the sequence iterator (objects with only __getitem__) and the
 * callable iterator of iter(f, sentinel). */
#include "iter.h"

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "exc.h"

typedef struct SeqIter {
    GpObj hdr;
    Value seq;
    int64_t i;
} SeqIter;

typedef struct CallIter {
    GpObj hdr;
    Value callable, sentinel;
} CallIter;

static Value self_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

Value gp_seqiter_new(GpThread *t, Value seq) {
    SeqIter *it = gp_alloc(t, &gp_seqiter_type, sizeof *it);
    if (!it) return VNULL;
    it->seq = seq;
    return v_from_obj(it);
}

static Value seqiter_next(GpThread *t, Value self) {
    SeqIter *it = (SeqIter *)v_obj(self);
    if (!it->seq) return VNULL;
    Value v = gp_getitem(t, it->seq, v_from_small(it->i));
    if (!v) {
        if (gp_exc_matches(t, &gp_IndexError) || gp_exc_matches(t, &gp_StopIteration)) {
            gp_exc_clear(t);
            it->seq = VNULL;
        }
        return VNULL;
    }
    it->i++;
    return v;
}

static void seqiter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((SeqIter *)self)->seq); }

GpType gp_seqiter_type = {
    .hdr = {&gp_type_type},
    .name = "iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(SeqIter),
    .iter = self_iter,
    .next = seqiter_next,
    .trace = seqiter_trace,
};

Value gp_calliter_new(GpThread *t, Value callable, Value sentinel) {
    CallIter *it = gp_alloc(t, &gp_calliter_type, sizeof *it);
    if (!it) return VNULL;
    it->callable = callable;
    it->sentinel = sentinel;
    return v_from_obj(it);
}

static Value calliter_next(GpThread *t, Value self) {
    CallIter *it = (CallIter *)v_obj(self);
    if (!it->callable) return VNULL;
    Value v = gp_call0(t, it->callable);
    if (!v) {
        if (gp_exc_matches(t, &gp_StopIteration)) {
            gp_exc_clear(t);
            it->callable = VNULL;
        }
        return VNULL;
    }
    int eq = gp_eq(t, v, it->sentinel);
    if (eq < 0) return VNULL;
    if (eq) {
        it->callable = VNULL;
        return VNULL;
    }
    return v;
}

static void calliter_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((CallIter *)self)->callable);
    gc_mark(gc, ((CallIter *)self)->sentinel);
}

GpType gp_calliter_type = {
    .hdr = {&gp_type_type},
    .name = "callable_iterator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'callable_iterator' instances" */
    .base = &gp_object_type,
    .size = sizeof(CallIter),
    .iter = self_iter,
    .next = calliter_next,
    .trace = calliter_trace,
};

GP_REGISTER_TYPE(gp_seqiter_type);
GP_REGISTER_TYPE(gp_calliter_type);
