/* structseq.c - struct sequences (see structseq.h). */
#include "structseq.h"

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"

static size_t n_slots(const GpType *type) {
    size_t n = ((const GpStructSeqType *)type)->n_unnamed;
    for (const GpGetSetDef *g = type->getsets; g->name; g++) n++;
    return n;
}

Value gp_structseq_new(GpThread *t, GpStructSeqType *type, const Value *items) {
    size_t total = n_slots(&type->type);
    GpTuple *tup = gp_alloc(t, &type->type, sizeof(GpTuple) + total * sizeof(Value));
    if (!tup) return VNULL;
    tup->n = type->n_visible;
    for (size_t i = 0; i < total; i++) tup->items[i] = items[i];
    return v_from_obj(tup);
}

Value gp_structseq_repr(GpThread *t, Value self) {
    const GpType *type = v_type(self);
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_printf(&b, "%s(", type->name);
    for (size_t i = 0; i < gp_tuple_len(self); i++) {
        gp_buf_printf(&b, "%s%s=", i ? ", " : "", type->getsets[i].name);
        if (gp_buf_put_repr(t, &b, gp_tuple_items(self)[i]) < 0) {
            gp_buf_free(&b);
            return VNULL;
        }
    }
    gp_buf_putc(&b, ')');
    return gp_buf_finish_str(t, &b);
}

void gp_structseq_trace(GpGc *gc, GpObj *self) { gc_mark_range(gc, ((GpTuple *)self)->items, n_slots(self->type)); }

Value gp_structseq_type_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames) {
    GpStructSeqType *type = (GpStructSeqType *)v_obj(callable);
    const char *name = type->type.name;
    if (gp_check_no_kw(t, name, kwnames) < 0 || gp_check_nargs(t, name, nargs, 1, 1) < 0) return VNULL;
    Value seq = gp_sequence_tuple(t, args[0]);
    if (!seq) {
        if (!gp_exc_matches(t, &gp_TypeError)) return VNULL;
        gp_exc_clear(t);
        return gp_raise(t, &gp_TypeError, "constructor requires a sequence");
    }
    size_t n = gp_tuple_len(seq), total = n_slots(&type->type), min = type->n_visible;
    if (n < min) {
        if (min == total)
            return gp_raise(t, &gp_TypeError, "%s() takes a %zu-sequence (%zu-sequence given)", name, min, n);
        return gp_raise(t, &gp_TypeError, "%s() takes an at least %zu-sequence (%zu-sequence given)", name, min, n);
    }
    if (n > total) {
        if (min == total)
            return gp_raise(t, &gp_TypeError, "%s() takes a %zu-sequence (%zu-sequence given)", name, min, n);
        return gp_raise(t, &gp_TypeError, "%s() takes an at most %zu-sequence (%zu-sequence given)", name, total, n);
    }
    Value items[GP_STRUCTSEQ_MAX];
    for (size_t i = 0; i < total; i++) items[i] = i < n ? gp_tuple_items(seq)[i] : V_NONE;
    return gp_structseq_new(t, type, items);
}

#define SQ_GETTER(i)                                                                               \
    Value gp_structseq_get_##i(GpThread *t, Value self) {                                          \
        (void)t;                                                                                   \
        return gp_tuple_items(self)[i];                                                            \
    }
SQ_GETTER(0)
SQ_GETTER(1)
SQ_GETTER(2)
SQ_GETTER(3)
SQ_GETTER(4)
SQ_GETTER(5)
SQ_GETTER(6)
SQ_GETTER(7)
SQ_GETTER(8)
SQ_GETTER(9)
SQ_GETTER(10)
SQ_GETTER(11)
SQ_GETTER(12)
SQ_GETTER(13)
SQ_GETTER(14)
SQ_GETTER(15)
SQ_GETTER(16)
SQ_GETTER(17)
SQ_GETTER(18)
SQ_GETTER(19)
