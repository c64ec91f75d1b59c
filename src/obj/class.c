/* class.c - classes written in Python: type(name, bases, ns), the class
 * statement's __build_class__, C3 method resolution order, instance
 * layout, __slots__, __init_subclass__ and __set_name__.
 *
 * Layout: an instance of a class starts with the layout of its "solid"
 * base (the builtin type it ultimately extends: object, list, dict,
 * Exception, int ...). A class adds an instance __dict__ slot at the end
 * unless the base already has one or the class defines __slots__, whose
 * names become member descriptors over words added after the base.
 */
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/eval.h"
#include "../vm/state.h"
#include "abstract.h"
#include "class.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "list.h"
#include "module.h"
#include "slots.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- member descriptors (one per __slots__ name) */


static Value member_get(GpThread *t, Value descr, Value obj, Value type) {
    (void)type;
    GpMemberDescr *m = (GpMemberDescr *)v_obj(descr);
    if (!obj) return descr;
    if (!gp_isinstance_type(obj, m->owner))
        return gp_raise(t, &gp_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
                        m->owner->name, v_type(obj)->name);
    Value v = *(Value *)((char *)v_obj(obj) + m->offset);
    if (!v) return gp_raise_no_attr(t, obj, m->name);
    return v;
}

static int member_set(GpThread *t, Value descr, Value obj, Value v) {
    GpMemberDescr *m = (GpMemberDescr *)v_obj(descr);
    if (!gp_isinstance_type(obj, m->owner))
        return gp_raise_i(t, &gp_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", m->name,
                          m->owner->name, v_type(obj)->name);
    Value *slot = (Value *)((char *)v_obj(obj) + m->offset);
    if (!v && !*slot) {
        gp_raise_no_attr(t, obj, m->name);
        return -1;
    }
    *slot = v;
    return 0;
}

static Value member_repr(GpThread *t, Value self) {
    GpMemberDescr *m = (GpMemberDescr *)v_obj(self);
    return gp_format(t, "<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static void member_trace(GpGc *gc, GpObj *self) {
    GpMemberDescr *m = (GpMemberDescr *)self;
    gc_mark(gc, v_from_obj(m->owner));
    gc_mark(gc, m->name);
}

GpType gp_member_descr_type = {
    .hdr = {&gp_type_type},
    .name = "member_descriptor",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'member_descriptor' instances" */
    .base = &gp_object_type,
    .size = sizeof(GpMemberDescr),
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .trace = member_trace,
};
GP_REGISTER_TYPE(gp_member_descr_type);

/* ---- __dict__ and __weakref__ of instances
 *
 * A class that gives its instances a dict (its base has none) gets a
 * __dict__ descriptor, as in CPython; attribute lookup finds it in the MRO
 * before the instance dict, so obj.__dict__ is never shadowed. gilpy has no
 * weak references, so __weakref__ is always None. */

static Value instance_dict_get(GpThread *t, Value self) {
    Value d = gp_instance_dict(t, self);
    if (!d && !t->exc) return gp_raise_no_attr(t, self, gp_str_intern_cstr(t, "__dict__"));
    return d;
}

static int instance_dict_set(GpThread *t, Value self, Value v) {
    Value *slot = gp_instance_dict_slot(self);
    if (!slot) return gp_raise_i(t, &gp_AttributeError, "This object has no __dict__");
    if (!v) return gp_raise_i(t, &gp_TypeError, "cannot delete __dict__");
    if (!gp_is_dict(v))
        return gp_raise_i(t, &gp_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v_type(v)->name);
    *slot = v;
    return 0;
}

static Value instance_weakref_get(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return V_NONE;
}

static const GpGetSetDef instance_dict_def = {"__dict__", instance_dict_get, instance_dict_set};
static const GpGetSetDef instance_weakref_def = {"__weakref__", instance_weakref_get, NULL};

static int add_getset(GpThread *t, GpType *type, const GpGetSetDef *def) {
    if (gp_dict_get_cstr(type->dict, def->name)) return 0;
    Value d = gp_getset_descr_new(t, type, def);
    return d ? gp_dict_set_cstr(t, type->dict, def->name, d) : -1;
}

/* ---- heap types */

/* Heap types trace their slot values: everything after the solid
 * base's layout that the class added (the __dict__ and __slots__). */
static void heap_instance_trace(GpGc *gc, GpObj *self) {
    GpType *type = self->type;
    GpType *b = type;
    while (b->flags & GP_TF_HEAPTYPE) b = b->base;
    if (b->trace) b->trace(gc, self);
    /* The words this class and its heap bases added. */
    size_t start = b->size, end = type->size;
    size_t var = gp_var_part_size(self);
    start += var;
    end += var;
    for (size_t off = start; off + sizeof(Value) <= end; off += sizeof(Value))
        gc_mark(gc, *(Value *)((char *)self + off));
    int32_t d = type->dict_offset;
    if (d > 0) gc_mark(gc, *(Value *)((char *)self + d));
    else if (d < 0) gc_mark(gc, *gp_instance_dict_slot(v_from_obj(self)));
}

void gp_heap_type_trace(GpGc *gc, GpType *type) {
    GpHeapType *ht = (GpHeapType *)type;
    gc_mark(gc, ht->subclasses);
    gc_mark(gc, ht->slots);
    gc_mark_range(gc, ht->dunders, GP_NDUNDERS);
    for (size_t i = 0; i < GP_TYPE_CACHE_SIZE; i++) {
        gc_mark(gc, ht->lookup_cache[i].name);
        gc_mark(gc, ht->lookup_cache[i].value);
    }
}

/* C3 linearization: the class, then a merge of its bases' MROs and the
 * list of bases, always taking the first head that is in no tail. */
static Value c3_mro(GpThread *t, GpType *type, Value bases) {
    size_t nb = gp_tuple_len(bases);
    Value seqs = gp_list_new(t, nb + 1);
    if (!seqs) return VNULL;
    for (size_t i = 0; i < nb; i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(bases)[i]);
        Value l = gp_list_from(t, gp_tuple_items(b->mro), gp_tuple_len(b->mro));
        if (!l || gp_list_append(t, seqs, l) < 0) return VNULL;
    }
    Value bl = gp_list_from(t, gp_tuple_items(bases), nb);
    if (!bl || gp_list_append(t, seqs, bl) < 0) return VNULL;
    Value result = gp_list_new(t, 8);
    if (!result || gp_list_append(t, result, v_from_obj(type)) < 0) return VNULL;
    GpList *S = gp_list_obj(seqs);
    for (;;) {
        int empty = 1;
        for (size_t i = 0; i < S->n; i++)
            if (gp_list_obj(S->items[i])->n) empty = 0;
        if (empty) break;
        Value cand = VNULL;
        for (size_t i = 0; i < S->n && !cand; i++) {
            GpList *si = gp_list_obj(S->items[i]);
            if (!si->n) continue;
            Value head = si->items[0];
            int in_tail = 0;
            for (size_t j = 0; j < S->n && !in_tail; j++) {
                GpList *sj = gp_list_obj(S->items[j]);
                for (size_t k = 1; k < sj->n; k++)
                    if (sj->items[k] == head) in_tail = 1;
            }
            if (!in_tail) cand = head;
        }
        if (!cand) {
            /* CPython lists the bases still to be merged. */
            GpBuf b;
            gp_buf_init(&b);
            int first = 1;
            for (size_t i = 0; i < S->n; i++) {
                GpList *si = gp_list_obj(S->items[i]);
                if (!si->n) continue;
                int dup = 0;
                for (size_t j = 0; j < i; j++) {
                    GpList *sj = gp_list_obj(S->items[j]);
                    if (sj->n && sj->items[0] == si->items[0]) dup = 1;
                }
                if (dup) continue;
                if (!first) gp_buf_puts(&b, ", ");
                first = 0;
                gp_buf_puts(&b, ((GpType *)v_obj(si->items[0]))->name);
            }
            Value names = gp_buf_finish_str(t, &b);
            if (!names) return VNULL;
            return gp_raise(t, &gp_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                            names);
        }
        if (gp_list_append(t, result, cand) < 0) return VNULL;
        for (size_t i = 0; i < S->n; i++) {
            GpList *si = gp_list_obj(S->items[i]);
            if (si->n && si->items[0] == cand) {
                memmove(si->items, si->items + 1, (si->n - 1) * sizeof(Value));
                si->n--;
            }
        }
    }
    return gp_list_as_tuple(t, result);
}

/* The base whose instance layout the new class extends: the most derived
 * builtin layout among the bases, which all others must be compatible with. */
static GpType *solid_base(GpType *type) {
    while ((type->flags & GP_TF_HEAPTYPE) && type->base) {
        GpHeapType *ht = (GpHeapType *)type;
        if (ht->slots && gp_tuple_len(ht->slots)) return type;
        type = type->base;
    }
    return type;
}

static GpType *best_base(GpThread *t, Value bases) {
    GpType *best = NULL, *winner = NULL;
    for (size_t i = 0; i < gp_tuple_len(bases); i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(bases)[i]);
        GpType *candidate = solid_base(b);
        if (!winner) {
            winner = candidate;
            best = b;
        } else if (gp_type_is_subtype(winner, candidate)) {
            /* fine */
        } else if (gp_type_is_subtype(candidate, winner)) {
            winner = candidate;
            best = b;
        } else {
            gp_raise(t, &gp_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static int set_names(GpThread *t, Value cls, Value dict) {
    size_t pos = 0;
    Value k, v;
    Value snapshot = gp_dict_copy(t, dict);
    if (!snapshot) return -1;
    while (gp_dict_next(snapshot, &pos, &k, &v)) {
        int found;
        Value args[2] = {cls, k};
        Value r = gp_call_special(t, v, "__set_name__", args, 2, &found);
        if (found && !r) {
            Value e = gp_exc_fetch(t);
            Value note = gp_format(t, "Error calling __set_name__ on '%s' instance %R in '%s'", v_type(v)->name, k,
                                   ((GpType *)v_obj(cls))->name);
            GpExc *x = (GpExc *)v_obj(e);
            if (note && (x->notes || (x->notes = gp_list_new(t, 1)))) gp_list_append(t, x->notes, note);
            gp_exc_clear(t);
            gp_exc_restore(t, e);
            return -1;
        }
    }
    return 0;
}

static Value calculate_meta(GpThread *t, Value meta, Value bases) {
    GpType *winner = (GpType *)v_obj(meta);
    for (size_t i = 0; i < gp_tuple_len(bases); i++) {
        GpType *bm = v_type(gp_tuple_items(bases)[i]);
        if (gp_type_is_subtype(winner, bm)) continue;
        if (gp_type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        return gp_raise(t, &gp_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                        "metaclasses of all its bases");
    }
    return v_from_obj(winner);
}

/* The list of direct subclasses of type. A heap type keeps its own (its
 * changes propagate down it); builtin types are shared by every
 * interpreter, so theirs live in a per-interpreter dict, type -> list. The
 * lists hold their classes strongly: gilpy has no weak references. */
static Value subclass_list(GpThread *t, GpType *type) {
    if (type->flags & GP_TF_HEAPTYPE) {
        GpHeapType *h = (GpHeapType *)type;
        if (!h->subclasses && !(h->subclasses = gp_list_new(t, 2))) return VNULL;
        return h->subclasses;
    }
    Value cache = t->interp->module_cache;
    Value byt = gp_dict_get_cstr(cache, "<builtin subclasses>");
    if (!byt) {
        byt = gp_dict_new(t);
        if (!byt || gp_dict_set_cstr(t, cache, "<builtin subclasses>", byt) < 0) return VNULL;
    }
    Value key = v_from_obj(type), list;
    int r = gp_dict_lookup(t, byt, key, &list);
    if (r < 0) return VNULL;
    if (!r) {
        list = gp_list_new(t, 2);
        if (!list || gp_dict_set(t, byt, key, list) < 0) return VNULL;
    }
    return list;
}

Value gp_class_subclasses(GpThread *t, GpType *type) {
    Value list = subclass_list(t, type);
    return list ? gp_list_from(t, gp_list_obj(list)->items, gp_list_obj(list)->n) : VNULL;
}

int gp_class_same_slots(GpType *a, GpType *b) {
    Value sa = ((GpHeapType *)a)->slots, sb = ((GpHeapType *)b)->slots;
    if (!sa || !sb) return sa == sb;
    if (gp_tuple_len(sa) != gp_tuple_len(sb)) return 0;
    for (size_t i = 0; i < gp_tuple_len(sa); i++)
        if (!gp_str_eq(gp_tuple_items(sa)[i], gp_tuple_items(sb)[i])) return 0;
    return 1;
}

Value gp_class_new(GpThread *t, Value meta, const Value *args, size_t nargs, Value kwnames) {
    Value name = args[0], bases = args[1], ns = args[2];
    if (!gp_is_str(name)) return gp_raise(t, &gp_TypeError, "type.__new__() argument 1 must be str, not %s", v_type(name)->name);
    if (!gp_is_tuple(bases)) return gp_raise(t, &gp_TypeError, "type.__new__() argument 2 must be tuple, not %s", v_type(bases)->name);
    if (!gp_is_dict(ns)) return gp_raise(t, &gp_TypeError, "type.__new__() argument 3 must be dict, not %s", v_type(ns)->name);
    (void)nargs;
    /* The most derived metaclass of meta and the bases' metaclasses. */
    Value winner = calculate_meta(t, meta, bases);
    if (!winner) return VNULL;
    if (winner != meta && ((GpType *)v_obj(winner))->new_ == ((GpType *)v_obj(meta))->new_) meta = winner;
    if (gp_tuple_len(bases) == 0) bases = gp_tuple_pack(t, 1, v_from_obj(&gp_object_type));
    if (!bases) return VNULL;
    for (size_t i = 0; i < gp_tuple_len(bases); i++) {
        Value b = gp_tuple_items(bases)[i];
        if (!v_has_flag(b, GP_TF_TYPE_SUB)) return gp_raise(t, &gp_TypeError, "bases must be types");
        GpType *bt = (GpType *)v_obj(b);
        if (!(bt->flags & GP_TF_BASETYPE))
            return gp_raise(t, &gp_TypeError, "type '%s' is not an acceptable base type", bt->name);
        for (size_t j = 0; j < i; j++)
            if (gp_tuple_items(bases)[j] == b) return gp_raise(t, &gp_TypeError, "duplicate base class %s", bt->name);
    }
    GpType *base = best_base(t, bases);
    if (!base) return VNULL;
    GpType *mt = (GpType *)v_obj(meta);
    GpHeapType *ht = gp_alloc(t, mt, mt->size > sizeof(GpHeapType) ? mt->size : sizeof(GpHeapType));
    if (!ht) return VNULL;
    GpType *type = &ht->type;
    Value tv = v_from_obj(type);
    type->hdr.type = mt;
    type->flags = GP_TF_HEAPTYPE | GP_TF_BASETYPE | GP_TF_READY |
                  (base->flags & (GP_TF_INT_SUB | GP_TF_FLOAT_SUB | GP_TF_STR_SUB | GP_TF_BYTES_SUB | GP_TF_TUPLE_SUB |
                                  GP_TF_LIST_SUB | GP_TF_DICT_SUB | GP_TF_TYPE_SUB | GP_TF_EXC_SUB | GP_TF_SET_SUB));
    type->base = base;
    type->bases = bases;
    type->name_obj = name;
    type->name = gp_str_data(name);
    type->dict = gp_dict_copy(t, ns);
    if (!type->dict) return VNULL;
    Value qual = gp_dict_get_cstr(type->dict, "__qualname__");
    if (qual) {
        if (!gp_is_str(qual))
            return gp_raise(t, &gp_TypeError, "type __qualname__ must be a str, not %s", v_type(qual)->name);
        type->qualname = qual;
        if (gp_dict_del(t, type->dict, gp_str_intern_cstr(t, "__qualname__")) < 0) return VNULL;
    } else {
        type->qualname = name;
    }
    if (!gp_dict_get_cstr(type->dict, "__module__")) {
        Value modname = t->frame ? gp_dict_get_cstr(t->frame->globals, "__name__") : VNULL;
        if (modname && gp_dict_set_cstr(t, type->dict, "__module__", modname) < 0) return VNULL;
    }
    Value cell = gp_dict_get_cstr(type->dict, "__classcell__");
    if (cell) {
        if (!v_is_type(cell, &gp_cell_type))
            return gp_raise(t, &gp_TypeError, "__classcell__ must be a nonlocal cell, not %s", v_type(cell)->name);
        ((GpCell *)v_obj(cell))->v = tv;
        if (gp_dict_del(t, type->dict, gp_str_intern_cstr(t, "__classcell__")) < 0) return VNULL;
    }
    /* __new__, __init_subclass__ and __class_getitem__ are implicitly
     * static/class methods, as in CPython. */
    Value nw = gp_dict_get_cstr(type->dict, "__new__");
    if (nw && v_is_type(nw, &gp_function_type)) {
        Value sm = gp_staticmethod_new(t, nw);
        if (!sm || gp_dict_set_cstr(t, type->dict, "__new__", sm) < 0) return VNULL;
    }
    const char *implicit_cm[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        Value f = gp_dict_get_cstr(type->dict, implicit_cm[i]);
        if (f && v_is_type(f, &gp_function_type)) {
            Value cm = gp_classmethod_new(t, f);
            if (!cm || gp_dict_set_cstr(t, type->dict, implicit_cm[i], cm) < 0) return VNULL;
        }
    }
    if (gp_dict_get_cstr(type->dict, "__eq__") && !gp_dict_get_cstr(type->dict, "__hash__"))
        if (gp_dict_set_cstr(t, type->dict, "__hash__", V_NONE) < 0) return VNULL;

    /* Layout: the base's, then __slots__ or an instance dict. */
    type->size = base->size;
    type->dict_offset = base->dict_offset;
    Value slots = gp_dict_get_cstr(type->dict, "__slots__");
    if (slots) {
        if (gp_is_str(slots)) slots = gp_tuple_pack(t, 1, slots);
        else slots = gp_sequence_tuple(t, slots);
        if (!slots) return VNULL;
        ht->slots = slots;
        for (size_t i = 0; i < gp_tuple_len(slots); i++) {
            Value s = gp_tuple_items(slots)[i];
            if (!gp_is_str(s))
                return gp_raise(t, &gp_TypeError, "__slots__ items must be strings, not '%s'", v_type(s)->name);
            if (gp_str_eq_cstr(s, "__dict__")) {
                if (!type->dict_offset) {
                    type->dict_offset = (int32_t)type->size;
                    type->size += sizeof(Value);
                }
                continue;
            }
            if (gp_dict_get_str(type->dict, s))
                return gp_raise(t, &gp_ValueError, "%R in __slots__ conflicts with class variable", s);
            /* A private name (__x) is stored mangled (_Class__x), as the
             * compiler mangles self.__x in the class's methods. */
            const char *sn = gp_str_data(s), *cn = type->name;
            size_t sl = gp_str_nbytes(s);
            while (*cn == '_') cn++;
            if (*cn && sl > 2 && sn[0] == '_' && sn[1] == '_' && !(sn[sl - 1] == '_' && sn[sl - 2] == '_') &&
                !(s = gp_format(t, "_%s%U", cn, s)))
                return VNULL;
            GpMemberDescr *m = gp_alloc(t, &gp_member_descr_type, sizeof *m);
            if (!m) return VNULL;
            m->owner = type;
            m->name = s;
            m->offset = type->size;
            type->size += sizeof(Value);
            if (gp_dict_set(t, type->dict, s, v_from_obj(m)) < 0) return VNULL;
        }
    } else if (!type->dict_offset && !(base->flags & GP_TF_TYPE_SUB)) {
        /* (Classes, the instances of a metaclass, keep their attributes in
         * the type's own dict.) */
        if (base->flags & (GP_TF_TUPLE_SUB | GP_TF_STR_SUB | GP_TF_BYTES_SUB)) {
            /* The dict goes after the items: a negative offset says so. */
            type->dict_offset = -1;
        } else {
            type->dict_offset = (int32_t)type->size;
        }
        type->size += sizeof(Value);
    }
    if (type->dict_offset && !base->dict_offset && add_getset(t, type, &instance_dict_def) < 0) return VNULL;
    /* CPython gives weak reference support to classes whose base lacks it
     * and is not variable-sized (int, tuple, str, bytes). */
    if (!slots && !(base->flags & (GP_TF_HEAPTYPE | GP_TF_INT_SUB | GP_TF_TUPLE_SUB | GP_TF_STR_SUB | GP_TF_BYTES_SUB)) &&
        add_getset(t, type, &instance_weakref_def) < 0)
        return VNULL;
    if (!gp_dict_get_cstr(type->dict, "__doc__") && gp_dict_set_cstr(t, type->dict, "__doc__", V_NONE) < 0) return VNULL;
    type->trace = heap_instance_trace;
    type->finalize = base->finalize;
    type->mro = c3_mro(t, type, bases);
    if (!type->mro) return VNULL;
    type->version = t->interp->next_type_version++;
    gp_update_slots(type);
    for (size_t i = 0; i < gp_tuple_len(bases); i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(bases)[i]);
        Value list = subclass_list(t, b);
        if (!list || gp_list_append(t, list, tv) < 0) return VNULL;
    }
    if (set_names(t, tv, type->dict) < 0) return VNULL;
    /* super(type, type).__init_subclass__(**kwargs) */
    Value mro = type->mro;
    for (size_t i = 1; i < gp_tuple_len(mro); i++) {
        GpType *b = (GpType *)v_obj(gp_tuple_items(mro)[i]);
        Value isc = b->dict ? gp_dict_get_cstr(b->dict, "__init_subclass__") : VNULL;
        if (!isc) continue;
        GpType *it = v_type(isc);
        Value bound = it->descr_get ? it->descr_get(t, isc, VNULL, tv) : isc;
        if (!bound) return VNULL;
        size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
        if (!gp_call(t, bound, args + 3, 0, nkw ? kwnames : VNULL)) return VNULL;
        break;
    }
    return tv;
}

/* ---- __build_class__(func, name, *bases, metaclass=None, **kwds) */


/* PEP 560: a base that is not a class may stand for classes (list[int]
 * for list) through its __mro_entries__(bases). Returns bases itself
 * when nothing was replaced. */
static Value update_bases(GpThread *t, Value bases) {
    size_t n = gp_tuple_len(bases);
    Value out = VNULL; /* list, once something was replaced */
    for (size_t i = 0; i < n; i++) {
        Value base = gp_tuple_items(bases)[i];
        Value meth = VNULL;
        if (!v_has_flag(base, GP_TF_TYPE_SUB)) {
            meth = gp_getattr_opt(t, base, gp_str_intern_cstr(t, "__mro_entries__"));
            if (t->exc) return VNULL;
        }
        if (!meth) {
            if (out && gp_list_append(t, out, base) < 0) return VNULL;
            continue;
        }
        Value entries = gp_call1(t, meth, bases);
        if (!entries) return VNULL;
        if (!gp_is_tuple(entries)) return gp_raise(t, &gp_TypeError, "__mro_entries__ must return a tuple");
        if (!out && !(out = gp_list_from(t, gp_tuple_items(bases), i))) return VNULL;
        if (gp_list_extend(t, out, entries) < 0) return VNULL;
    }
    return out ? gp_list_as_tuple(t, out) : bases;
}

Value gp_build_class(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames) {
    (void)self;
    if (nargs < 2) return gp_raise(t, &gp_TypeError, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!v_is_type(func, &gp_function_type)) return gp_raise(t, &gp_TypeError, "__build_class__: func must be a function");
    if (!gp_is_str(name)) return gp_raise(t, &gp_TypeError, "__build_class__: name is not a string");
    Value orig_bases = gp_tuple_from(t, args + 2, nargs - 2);
    Value bases = orig_bases ? update_bases(t, orig_bases) : VNULL;
    if (!bases) return VNULL;
    /* Keywords: metaclass= is ours, the rest go to the metaclass. */
    Value meta = VNULL;
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    Value kwd = gp_dict_new(t);
    if (!kwd) return VNULL;
    for (size_t i = 0; i < nkw; i++) {
        Value k = gp_tuple_items(kwnames)[i];
        if (gp_str_eq_cstr(k, "metaclass")) meta = args[nargs + i];
        else if (gp_dict_set(t, kwd, k, args[nargs + i]) < 0) return VNULL;
    }
    int is_class = meta && v_has_flag(meta, GP_TF_TYPE_SUB);
    if (!meta) {
        meta = gp_tuple_len(bases) ? v_from_obj(v_type(gp_tuple_items(bases)[0])) : v_from_obj(&gp_type_type);
        is_class = 1;
    }
    if (is_class) {
        meta = calculate_meta(t, meta, bases);
        if (!meta) return VNULL;
    }
    /* The namespace: metaclass.__prepare__ or a new dict. */
    Value ns;
    Value prep = gp_getattr_opt(t, meta, gp_str_intern_cstr(t, "__prepare__"));
    if (t->exc) return VNULL;
    if (prep) {
        /* __prepare__(name, bases, **kwds): the keywords but metaclass=. */
        size_t nk = gp_dict_obj(kwd)->used;
        Value pargs = gp_tuple_new(t, 2 + nk);
        Value pnames = nk ? gp_tuple_new(t, nk) : VNULL;
        if (!pargs || (nk && !pnames)) return VNULL;
        gp_tuple_items(pargs)[0] = name;
        gp_tuple_items(pargs)[1] = bases;
        size_t pos = 0, i = 0;
        Value k, v;
        while (gp_dict_next(kwd, &pos, &k, &v)) {
            gp_tuple_items(pnames)[i] = k;
            gp_tuple_items(pargs)[2 + i++] = v;
        }
        ns = gp_call(t, prep, gp_tuple_items(pargs), 2, pnames);
        if (!ns) return VNULL;
        if (!v_is_obj(ns) || !v_obj(ns)->type->getitem)
            return gp_raise(t, &gp_TypeError, "%s.__prepare__() must return a mapping, not %s",
                            v_has_flag(meta, GP_TF_TYPE_SUB) ? ((GpType *)v_obj(meta))->name : "<metaclass>",
                            v_type(ns)->name);
    } else {
        ns = gp_dict_new(t);
        if (!ns) return VNULL;
    }
    if (bases != orig_bases && gp_setitem(t, ns, gp_str_intern_cstr(t, "__orig_bases__"), orig_bases) < 0)
        return VNULL;
    GpFunc *fn = (GpFunc *)v_obj(func);
    GpFrame *f = gp_frame_push(t, fn->code);
    if (!f) return VNULL;
    f->func = func;
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = ns;
    f->ip = fn->code->code;
    f->is_entry = 1;
    Value cell = gp_eval_frame(t, f);
    if (!cell) return VNULL;
    /* meta(name, bases, ns, **kwds) */
    size_t nk = gp_dict_obj(kwd)->used;
    Value argv = gp_tuple_new(t, 3 + nk);
    Value names = nk ? gp_tuple_new(t, nk) : VNULL;
    if (!argv || (nk && !names)) return VNULL;
    gp_tuple_items(argv)[0] = name;
    gp_tuple_items(argv)[1] = bases;
    gp_tuple_items(argv)[2] = ns;
    size_t pos = 0, i = 0;
    Value k, v;
    while (gp_dict_next(kwd, &pos, &k, &v)) {
        gp_tuple_items(names)[i] = k;
        gp_tuple_items(argv)[3 + i] = v;
        i++;
    }
    Value cls = gp_call(t, meta, gp_tuple_items(argv), 3, names);
    if (!cls) return VNULL;
    if (v_is_type(cell, &gp_cell_type) && ((GpCell *)v_obj(cell))->v != cls && v_has_flag(cls, GP_TF_TYPE_SUB)) {
        if (!((GpCell *)v_obj(cell))->v) ((GpCell *)v_obj(cell))->v = cls;
    }
    return cls;
}

/* ---- class attribute changes */

static void modified_recursive(GpThread *t, GpType *type, int slots_changed) {
    gp_type_modified(t, type);
    if (slots_changed) gp_update_slots(type);
    GpHeapType *ht = (GpHeapType *)type;
    if (!ht->subclasses) return;
    GpList *l = gp_list_obj(ht->subclasses);
    for (size_t i = 0; i < l->n; i++) modified_recursive(t, (GpType *)v_obj(l->items[i]), slots_changed);
}

void gp_heap_type_modified(GpThread *t, GpType *type, Value name) {
    modified_recursive(t, type, gp_is_slot_name(name));
}
