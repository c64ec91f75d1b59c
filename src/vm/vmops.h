/* vmops.h - the out-of-line parts of instructions (vmops.c, vmattr.c,
 * gen.c): slow paths and rare operations, kept out of the eval loop's body
 * so that the loop stays small; and the few inline fast paths (cache
 * hits, small-int operators, generator switches) the loop shares with
 * them. */
#ifndef GP_VMOPS_H
#define GP_VMOPS_H

#include "../lang/bytecode.h"
#include "../obj/class.h"
#include "../obj/dict.h"
#include "../obj/str.h"
#include "eval.h"
#include "state.h"

static inline int vm_cmp_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case GP_LT: return x < y;
    case GP_LE: return x <= y;
    case GP_EQ: return x == y;
    case GP_NE: return x != y;
    case GP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int vm_cmp_f64(double x, double y, int op) {
    switch (op) {
    case GP_LT: return x < y;
    case GP_LE: return x <= y;
    case GP_EQ: return x == y;
    case GP_NE: return x != y;
    case GP_GT: return x > y;
    default: return x >= y;
    }
}

Value vm_binop(GpThread *t, int op, Value a, Value b, int inplace);

/* BINOP on two small ints for the operators without an opcode of their
 * own (%, //, &, |, ^), inline in the eval loop: 1 with *out set, or 0
 * when the generic path must run (division by zero, a result too large). */
static inline int vm_small_binop(int op, Value a, Value b, Value *out) {
    int64_t x = v_int(a), y = v_int(b);
    switch (op) {
    case GP_OP_MOD: {
        if (!y) return 0;
        int64_t r = x % y;
        if (r && (r ^ y) < 0) r += y; /* the sign of the divisor, as Python */
        *out = v_from_small(r);
        return 1;
    }
    case GP_OP_FLOORDIV: {
        if (!y) return 0;
        int64_t q = x / y;
        if (x % y && (x ^ y) < 0) q--;
        if (!v_small_fits(q)) return 0;
        *out = v_from_small(q);
        return 1;
    }
    case GP_OP_AND: *out = v_from_small(x & y); return 1;
    case GP_OP_OR: *out = v_from_small(x | y); return 1;
    case GP_OP_XOR: *out = v_from_small(x ^ y); return 1;
    default: return 0;
    }
}

/* Attribute access with inline caches (vmattr.c): two entries of two
 * words, each (kind << 32 | the version of the type it is valid for, the
 * kind's datum). LOADMETHOD's entries are (version, method). */
enum { AC_NONE, AC_DICT, AC_SLOT, AC_PROPERTY, AC_DATA, AC_CLASS };
Value vm_getattr(GpThread *t, Value obj, Value name, Instr *cache);

/* Might instance dict d hold the str name? A method found through a
 * cache is hidden by an instance attribute of the same name, so every
 * method call asks this: for a small dict, a scan of the stored hashes
 * usually answers "no" without probing the index. */
static inline int vm_dict_may_have(const GpDict *d, Value name) {
    if (!d->used) return 0;
    int64_t h = ((const GpStr *)v_obj(name))->hash;
    if (h == -1 || d->nentries > 8) return 1;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].hash == h) return 1;
    return 0;
}

/* A hit of GETATTR's cache on a property whose getter is a Python
 * function: the getter, which the eval loop then runs in its own loop (as
 * CPython's LOAD_ATTR_PROPERTY); VNULL otherwise. */
static inline Value vm_attr_property_getter(Value obj, const Instr *cache) {
    if (!v_is_obj(obj)) return VNULL;
    Instr want = ((Instr)AC_PROPERTY << 32) | v_obj(obj)->type->version;
    Value prop = cache[0] == want ? (Value)cache[1] : cache[2] == want ? (Value)cache[3] : VNULL;
    if (!prop) return VNULL;
    Value fget = ((GpProperty *)v_obj(prop))->fget;
    if (!v_is_type(fget, &gp_function_type) || (((GpFunc *)v_obj(fget))->code->flags & CO_GENERATOR)) return VNULL;
    return fget;
}

/* The commonest hit, inline in the eval loop (CPython's
 * LOAD_ATTR_INSTANCE_VALUE): obj's attribute sits in its instance dict at
 * the cached index. The dict entry of obj.name, or NULL (then
 * vm_getattr / vm_setattr do the rest). */
static inline GpDictEntry *vm_attr_dict_hit(Value obj, Value name, const Instr *cache) {
    if (!v_is_obj(obj)) return NULL;
    GpType *tp = v_obj(obj)->type;
    int32_t off = tp->dict_offset;
    Instr want = ((Instr)AC_DICT << 32) | tp->version;
    Instr ix;
    if (cache[0] == want) ix = cache[1];
    else if (cache[2] == want) ix = cache[3];
    else return NULL;
    Value d = off > 0 ? *(Value *)((char *)v_obj(obj) + off) : VNULL;
    if (!d) return NULL;
    GpDict *dict = gp_dict_obj(d);
    return ix < dict->nentries && dict->entries[ix].key == name ? &dict->entries[ix] : NULL;
}

int vm_setattr(GpThread *t, Value obj, Value name, Value v, Instr *cache);
/* out[0] = method or attribute, out[1] = self or VNULL. */
int vm_load_method(GpThread *t, Value obj, Value name, Value *out, Instr *cache);
Value vm_make_function(GpThread *t, GpFrame *f, GpCode *code, unsigned flags, const Value *extras);
int vm_list_extend(GpThread *t, Value list, Value iterable, Value callee);
int vm_set_update(GpThread *t, Value set, Value iterable);
int vm_dict_update(GpThread *t, Value dict, Value other, unsigned call_form, Value callee);
int vm_unpack(GpThread *t, Value seq, Value *out, unsigned n);
int vm_unpack_ex(GpThread *t, Value seq, Value *out, unsigned before, unsigned after);
int vm_exc_match(GpThread *t, Value exc, Value cls);
void vm_raise(GpThread *t, Value exc, Value cause, int has_cause);
Value vm_import_from(GpThread *t, Value module, Value name);
int vm_import_star(GpThread *t, Value module, Value ns);
int vm_print_expr(GpThread *t, Value v, Value builtins);
Value vm_format_value(GpThread *t, Value v, int conversion, Value spec);
Value vm_build_string(GpThread *t, const Value *parts, unsigned n);
Value vm_setup_annotations(GpThread *t, GpFrame *f);
int vm_with_enter(GpThread *t, Value mgr, Value *out);
Value vm_with_exit(GpThread *t, Value exit_fn, Value exc);

/* Generators (gen.c). A generator's frame f yields: it is suspended (in its `yield from`
 * when in_yieldfrom), and the frame below it runs again. Inline: every
 * yield runs it. */
static inline void vm_gen_suspend(GpThread *t, GpFrame *f, int in_yieldfrom) {
    GpGen *g = (GpGen *)v_obj(f->gen);
    g->state = GEN_SUSPENDED;
    g->in_yieldfrom = (uint8_t)in_yieldfrom;
    t->frame = f->prev;
    t->depth--;
}

void vm_gen_finished(GpThread *t, GpFrame *f);

/* FORITER (kind FRAME_GEN_FOR) or YIELDFROM (FRAME_GEN_YIELDFROM) on a
 * generator g: prepare its frame to run on top of frame f in the same eval
 * loop, as next(g) would (ret: f's register for the yields of a FORITER);
 * 0 when it cannot (not suspended, too deep): gp_gen_resume must be used. */
static inline int vm_gen_resume_in_loop(GpThread *t, GpGen *g, GpFrame *f, int kind, unsigned ret) {
    if ((g->state != GEN_SUSPENDED && g->state != GEN_CREATED) || t->depth >= t->interp->recursion_limit) return 0;
    GpFrame *gf = &g->frame;
    if (g->state == GEN_SUSPENDED) {
        /* next() sends None: to the yield, or to the yield from, which
         * runs again. */
        if (g->in_yieldfrom) {
            g->sent = V_NONE;
            gf->ip--;
        } else {
            gf->regs[ins_b(gf->ip[-1])] = V_NONE;
        }
    }
    g->state = GEN_RUNNING;
    gf->prev = f;
    gf->is_entry = 0;
    gf->kind = (uint8_t)kind;
    gf->ret_reg = (uint16_t)ret;
    t->frame = gf;
    t->depth++;
    return 1;
}

/* YIELDFROM of generator frame f on iter: resume iter in the loop when it
 * is a generator and None is sent (vm_gen_resume_in_loop); 0 otherwise. */
int vm_yield_from_in_loop(GpThread *t, GpFrame *f, Value iter);
/* An exception leaves the frame of a generator resumed in the loop: the
 * generator is finished, and a StopIteration becomes RuntimeError. */
void vm_gen_raised(GpThread *t, GpFrame *f);
Value vm_yield_from_step(GpThread *t, GpFrame *f, Value iter, int *done);

#endif
