/* eval.c - the interpreter loop.
 *
 * One C activation of run() executes any number of Python frames: a call
 * of a Python function from Python pushes a frame on the thread's data
 * stack and continues in the same loop, and RETURN pops back. C recursion
 * happens only when C code calls back into Python (a builtin calling a
 * key function, a generator resumed from C), so deep Python recursion is
 * bounded by the recursion limit, never by the C stack.
 *
 * Dispatch uses computed gotos where the compiler supports them (one
 * indirect jump per instruction, predicted per opcode), and a switch
 * otherwise. The hot locals (ip, the register base R, the constants K)
 * stay in C locals; they are reloaded only when the frame changes.
 *
 * The eval breaker is checked at LOOP (backward jumps) and on entry to a
 * Python function: one load of t->eval_breaker plus the `ticks` counter
 * of the `ticks` GIL policy, which counts down by the length of each loop
 * iteration (an instruction-count estimate that costs one subtraction).
 */
#include "eval.h"

#include <stdio.h>
#include <string.h>

#include "../lang/bytecode.h"
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/range.h"
#include "../obj/set.h"
#include "../obj/slots.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "error.h"
#include "vmops.h"

#if defined(__GNUC__) && !defined(GP_NO_COMPUTED_GOTO)
#define GP_COMPUTED_GOTO 1
#endif

/* ---- helpers for the slow paths (kept out of the loop body) */

static Value unbound_local(GpThread *t, GpCode *co, unsigned reg) {
    Value name = reg < gp_tuple_len(co->varnames) ? gp_tuple_items(co->varnames)[reg] : VNULL;
    return gp_raise(t, &gp_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                    name);
}

static Value name_error(GpThread *t, Value name) {
    Value msg = gp_format(t, "name '%U' is not defined", name);
    if (!msg) return VNULL;
    Value e = gp_exc_new(t, &gp_NameError, gp_tuple_pack(t, 1, msg));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", name);
    gp_exc_restore(t, e);
    return VNULL;
}

static Value free_var_error(GpThread *t, GpCode *co, Value name) {
    (void)co;
    Value msg = gp_format(t, "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                          name);
    if (!msg) return VNULL;
    Value e = gp_exc_new(t, &gp_NameError, gp_tuple_pack(t, 1, msg));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", name);
    gp_exc_restore(t, e);
    return VNULL;
}

/* Globals then builtins, filling the two-word inline cache:
 * cache[0] = the globals dict's version with the low bit set when the
 * name was found in the builtins; cache[1] = the entry index. Versions are
 * unique in an interpreter, so a version identifies the dict too. */
static Value load_global_slow(GpThread *t, GpFrame *f, Value name, Instr *cache) {
    GpDict *g = gp_dict_obj(f->globals);
    int64_t ix = gp_is_dict(f->globals) && v_type(f->globals) == &gp_dict_type ? gp_dict_find_str_index(f->globals, name) : -1;
    if (ix >= 0) {
        cache[0] = 0;
        cache[1] = (Instr)ix;
        return g->entries[ix].value;
    }
    if (v_type(f->globals) != &gp_dict_type) {
        Value v;
        int r = gp_dict_lookup(t, f->globals, name, &v);
        if (r < 0) return VNULL;
        if (r) return v;
    }
    Value b = f->builtins;
    if (v_type(b) == &gp_dict_type) {
        int64_t bx = gp_dict_find_str_index(b, name);
        if (bx >= 0) {
            if (g->version) {
                cache[0] = (g->version << 1) | 1;
                cache[1] = (Instr)bx;
            }
            return gp_dict_obj(b)->entries[bx].value;
        }
    } else {
        Value v;
        int r = gp_dict_lookup(t, b, name, &v);
        if (r < 0) return VNULL;
        if (r) return v;
    }
    return name_error(t, name);
}

static Value load_name(GpThread *t, GpFrame *f, Value name) {
    if (f->locals && f->locals != f->globals) {
        Value v;
        int r;
        if (v_type(f->locals) == &gp_dict_type) {
            v = gp_dict_get_str(f->locals, name);
            r = v != VNULL;
        } else {
            v = gp_getitem(t, f->locals, name);
            r = v != VNULL;
            if (!r) {
                if (!gp_exc_matches(t, &gp_KeyError)) return VNULL;
                gp_exc_clear(t);
            }
        }
        if (r) return v;
    }
    Value v = gp_dict_get_str(f->globals, name);
    if (v) return v;
    v = gp_dict_get_str(f->builtins, name);
    if (v) return v;
    return name_error(t, name);
}

/* The exception-table entry covering instruction index pc, or NULL. */
static const GpExcEntry *find_handler(const GpCode *co, uint32_t pc) {
    for (uint32_t i = 0; i < co->nexc; i++) {
        const GpExcEntry *e = &co->exctab[i];
        if (pc >= e->start && pc < e->end) return e;
    }
    return NULL;
}

/* ---- calls */

/* Push a frame for Python function `fn` called with args; NULL on error
 * (the error is then the caller's). */
static GpFrame *push_call(GpThread *t, Value fn, const Value *args, size_t nargs, Value kwnames, unsigned ret_reg) {
    GpFunc *func = (GpFunc *)v_obj(fn);
    GpCode *co = func->code;
    GpFrame *nf = gp_frame_push(t, co);
    if (!nf) return NULL;
    nf->func = fn;
    nf->globals = func->globals;
    nf->builtins = func->builtins;
    nf->ip = co->code;
    nf->ret_reg = (uint16_t)ret_reg;
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    size_t argc = co->argcount;
    size_t ndef = func->defaults ? gp_tuple_len(func->defaults) : 0;
    /* Positional arguments only, the missing ones having defaults: bound
     * here (gp_bind_args handles the rest, and every error). */
    if (!nkw && nargs <= argc && nargs + ndef >= argc && !(co->flags & (CO_VARARGS | CO_VARKW)) &&
        !co->kwonlyargcount) {
        for (size_t i = 0; i < nargs; i++) nf->regs[i] = args[i];
        for (size_t i = nargs; i < argc; i++) nf->regs[i] = gp_tuple_items(func->defaults)[i - (argc - ndef)];
    } else if (gp_bind_args(t, func, nf->regs, args, nargs, kwnames) < 0) {
        gp_frame_pop(t, nf);
        return NULL;
    }
    return nf;
}

/* The CALL instructions run a Python function in this loop rather than
 * through its call slot (no C recursion, no argument copies), and do the
 * same for a class whose instantiation is an allocation plus a Python
 * __init__ (slots.h, gp_heap_init_function): the instance goes where the
 * result is expected, in ret_slot, and __init__ runs in a FRAME_INIT
 * frame, whose RETURN leaves it there. args[-1] must be a free register
 * (it receives self). Returns the new frame, or NULL with *err set if the
 * call failed, or NULL with *err clear if fn must be called through
 * gp_call. */
static inline GpFrame *push_call_in_loop(GpThread *t, Value fn, Value *args, size_t nargs, Value kwnames,
                                         Value *ret_slot, unsigned ret_reg, int *err) {
    if (!v_is_obj(fn)) return NULL;
    GpType *ft = v_obj(fn)->type;
    GpFrame *nf;
    if (GP_LIKELY(ft == &gp_function_type)) {
        if (((GpFunc *)v_obj(fn))->code->flags & CO_GENERATOR) return NULL;
        nf = push_call(t, fn, args, nargs, kwnames, ret_reg);
    } else if (ft->flags & GP_TF_TYPE_SUB) {
        Value init = gp_heap_init_function((GpType *)v_obj(fn));
        if (!init) return NULL;
        Value obj = ((GpType *)v_obj(fn))->new_(t, fn, NULL, 0, VNULL);
        if (!obj) {
            *err = 1;
            return NULL;
        }
        *ret_slot = obj;
        args[-1] = obj;
        nf = push_call(t, init, args - 1, nargs + 1, kwnames, ret_reg);
        if (nf) nf->kind = FRAME_INIT;
    } else {
        return NULL;
    }
    if (!nf) *err = 1;
    return nf;
}

Value gp_eval_function(GpThread *t, Value fn, const Value *args, size_t nargs, Value kwnames) {
    GpFunc *func = (GpFunc *)v_obj(fn);
    if (func->code->flags & CO_GENERATOR) return gp_gen_new(t, fn, args, nargs, kwnames);
    if (gp_enter_recursive(t, " while calling a Python object") < 0) return VNULL;
    GpFrame *f = push_call(t, fn, args, nargs, kwnames, 0);
    Value r = VNULL;
    if (f) {
        f->is_entry = 1;
        r = gp_eval_frame(t, f);
    }
    gp_leave_recursive(t);
    return r;
}

Value gp_eval_code(GpThread *t, GpCode *co, Value globals, Value locals) {
    if (gp_enter_recursive(t, NULL) < 0) return VNULL;
    GpFrame *f = gp_frame_push(t, co);
    Value r = VNULL;
    if (f) {
        f->globals = globals;
        f->locals = locals;
        Value b = gp_dict_get_cstr(globals, "__builtins__");
        if (b && v_is_type(b, &gp_module_type)) b = ((GpModule *)v_obj(b))->dict;
        f->builtins = b && gp_is_dict(b) ? b : t->interp->builtins;
        f->ip = co->code;
        f->is_entry = 1;
        r = gp_eval_frame(t, f);
    }
    gp_leave_recursive(t);
    return r;
}

/* Turn **kwargs into vectorcall arguments: positional items of a tuple
 * followed by the values of a dict, with its keys as kwnames. */
static Value call_ex(GpThread *t, Value fn, Value args, Value kwargs) {
    size_t np = gp_tuple_len(args);
    if (!kwargs || gp_dict_obj(kwargs)->used == 0) return gp_call(t, fn, gp_tuple_items(args), np, VNULL);
    GpDict *d = gp_dict_obj(kwargs);
    size_t nk = d->used;
    Value all = gp_tuple_new(t, np + nk);
    Value names = gp_tuple_new(t, nk);
    if (!all || !names) return VNULL;
    memcpy(gp_tuple_items(all), gp_tuple_items(args), np * sizeof(Value));
    size_t pos = 0, k = 0;
    Value key, value;
    while (gp_dict_next(kwargs, &pos, &key, &value)) {
        gp_tuple_items(names)[k] = key;
        gp_tuple_items(all)[np + k] = value;
        k++;
    }
    return gp_call(t, fn, gp_tuple_items(all), np, names);
}

/* ---- the loop */

#define R (regs)
#define K (consts)

Value gp_eval_frame(GpThread *t, GpFrame *f) {
#ifdef GP_COMPUTED_GOTO
#define GP_LABEL(name) [BC_##name] = &&L_##name,
    static const void *const labels[BC_COUNT] = {GP_OPCODES(GP_LABEL)};
#undef GP_LABEL
#define CASE(name) L_##name:
#define DISPATCH()                       \
    do {                                 \
        ins = *ip++;                     \
        goto *labels[ins_op(ins)];       \
    } while (0)
#else
#define CASE(name) case BC_##name:
#define DISPATCH() goto dispatch
#endif
#define A_ ins_a(ins)
#define B_ ins_b(ins)
#define C_ ins_c(ins)
#define X_ ins_x(ins)
#define SBX_ ins_sbx(ins)
#define ERROR() goto error
#define CHECK(v)                         \
    do {                                 \
        if (GP_UNLIKELY(!(v))) goto error; \
    } while (0)
#define TAKE_JUMP_NEXT() (ip += 1 + ins_sbx(*ip))

    GpCode *co;
    Value *regs;
    const Value *consts;
    Instr *ip;
    Instr ins;
    Value yielded;
    int ticks = t->ticks;
    int no_traceback = 0;
    t->frame = f;

    if (t->exc) {
        /* Resumed with an exception to throw in (generator.throw()). */
        co = f->code;
        regs = f->regs;
        consts = co->consts;
        ip = (Instr *)f->ip;
        no_traceback = 0;
        goto error_at;
    }

load_frame:
    co = f->code;
    regs = f->regs;
    consts = co->consts;
    ip = (Instr *)f->ip;

#ifdef GP_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    ins = *ip++;
    switch (ins_op(ins)) {
#endif

    CASE(NOP) { DISPATCH(); }

    CASE(MOVE) {
        R[A_] = R[B_];
        DISPATCH();
    }

    CASE(LOADK) {
        R[A_] = K[ins_bx(ins)];
        DISPATCH();
    }

    CASE(LOADI) {
        R[A_] = v_from_small(SBX_);
        DISPATCH();
    }

    CASE(LOADNONE) {
        R[A_] = V_NONE;
        DISPATCH();
    }
    CASE(LOADTRUE) {
        R[A_] = V_TRUE;
        DISPATCH();
    }
    CASE(LOADFALSE) {
        R[A_] = V_FALSE;
        DISPATCH();
    }
    CASE(LOADNULL) {
        R[A_] = VNULL;
        DISPATCH();
    }

    CASE(CHECKLOCAL) {
        if (GP_UNLIKELY(!R[A_])) {
            unbound_local(t, co, A_);
            ERROR();
        }
        DISPATCH();
    }

    CASE(LOADGLOBAL) {
        Value name = K[B_];
        GpDict *g = gp_dict_obj(f->globals);
        Instr c0 = ip[0], c1 = ip[1];
        if (c0 == 0) {
            if (c1 < g->nentries && g->entries[c1].key == name) {
                R[A_] = g->entries[c1].value;
                ip += GP_CACHE_WORDS;
                DISPATCH();
            }
        } else if (c0 == ((g->version << 1) | 1)) {
            GpDict *b = gp_dict_obj(f->builtins);
            if (c1 < b->nentries && b->entries[c1].key == name) {
                R[A_] = b->entries[c1].value;
                ip += GP_CACHE_WORDS;
                DISPATCH();
            }
        }
        ip[0] = 0;
        ip[1] = (Instr)-1;
        Value v = load_global_slow(t, f, name, ip);
        ip += GP_CACHE_WORDS;
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(STOREGLOBAL) {
        CHECK(gp_dict_set(t, f->globals, K[B_], R[A_]) >= 0);
        DISPATCH();
    }

    CASE(DELGLOBAL) {
        int r = gp_dict_del(t, f->globals, K[B_]);
        if (r < 0) ERROR();
        if (r == 0) {
            name_error(t, K[B_]);
            ERROR();
        }
        DISPATCH();
    }

    CASE(LOADNAME) {
        Value v = load_name(t, f, K[B_]);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(STORENAME) {
        Value loc = f->locals ? f->locals : f->globals;
        if (v_type(loc) == &gp_dict_type) CHECK(gp_dict_set(t, loc, K[B_], R[A_]) >= 0);
        else CHECK(gp_setitem(t, loc, K[B_], R[A_]) >= 0);
        DISPATCH();
    }

    CASE(DELNAME) {
        Value loc = f->locals ? f->locals : f->globals;
        int r = gp_dict_del(t, loc, K[B_]);
        if (r < 0) ERROR();
        if (r == 0) {
            name_error(t, K[B_]);
            ERROR();
        }
        DISPATCH();
    }

    CASE(MAKECELL) {
        Value cell = gp_cell_new(t, R[A_]);
        CHECK(cell);
        R[A_] = cell;
        DISPATCH();
    }

    CASE(LOADDEREF) {
        Value v = ((GpCell *)v_obj(R[B_]))->v;
        if (GP_UNLIKELY(!v)) {
            gp_raise(t, &gp_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                     K[C_]);
            ERROR();
        }
        R[A_] = v;
        DISPATCH();
    }

    CASE(STOREDEREF) {
        ((GpCell *)v_obj(R[A_]))->v = R[B_];
        DISPATCH();
    }

    CASE(LOADFREE) {
        GpFunc *fn = (GpFunc *)v_obj(f->func);
        Value v = ((GpCell *)v_obj(gp_tuple_items(fn->closure)[B_]))->v;
        if (GP_UNLIKELY(!v)) {
            free_var_error(t, co, gp_tuple_items(co->freevars)[B_]);
            ERROR();
        }
        R[A_] = v;
        DISPATCH();
    }

    CASE(STOREFREE) {
        GpFunc *fn = (GpFunc *)v_obj(f->func);
        ((GpCell *)v_obj(gp_tuple_items(fn->closure)[A_]))->v = R[B_];
        DISPATCH();
    }

    CASE(LOADFREECELL) {
        GpFunc *fn = (GpFunc *)v_obj(f->func);
        R[A_] = gp_tuple_items(fn->closure)[B_];
        DISPATCH();
    }

    CASE(LOADCLASSDEREF) {
        Value name = K[C_];
        Value v = f->locals ? gp_dict_get_str(f->locals, name) : VNULL;
        if (!v) {
            GpFunc *fn = (GpFunc *)v_obj(f->func);
            v = ((GpCell *)v_obj(gp_tuple_items(fn->closure)[B_]))->v;
            if (!v) {
                free_var_error(t, co, name);
                ERROR();
            }
        }
        R[A_] = v;
        DISPATCH();
    }

    CASE(GETATTR) {
        GpDictEntry *e = vm_attr_dict_hit(R[B_], K[C_], ip);
        if (!e) {
            Value obj = R[B_];
            Value fget = vm_attr_property_getter(obj, ip);
            if (fget) {
                ip += GP_CACHE_WORDS;
                f->ip = ip;
                GpFrame *nf = push_call(t, fget, &obj, 1, VNULL, A_);
                CHECK(nf);
                f = nf;
                goto enter_frame;
            }
        }
        Value v = e ? e->value : vm_getattr(t, R[B_], K[C_], ip);
        ip += GP_CACHE_WORDS;
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(SETATTR) {
        GpDictEntry *e = vm_attr_dict_hit(R[A_], K[C_], ip);
        if (e) {
            e->value = R[B_];
            ip += GP_CACHE_WORDS;
            DISPATCH();
        }
        int r = vm_setattr(t, R[A_], K[C_], R[B_], ip);
        ip += GP_CACHE_WORDS;
        CHECK(r >= 0);
        DISPATCH();
    }

    CASE(DELATTR) {
        CHECK(gp_setattr(t, R[A_], K[C_], VNULL) >= 0);
        DISPATCH();
    }

    CASE(LOADMETHOD) {
        unsigned a = A_;
        Value obj = R[B_];
        if (v_is_obj(obj) && v_obj(obj)->type->dict_offset >= 0) {
            /* The cache's hit, when the instance dict (if any) cannot
             * shadow the method. */
            GpType *tp = v_obj(obj)->type;
            int32_t off = tp->dict_offset;
            Value d = off ? *(Value *)((char *)v_obj(obj) + off) : VNULL;
            Instr m = ip[0] == tp->version ? ip[1] : ip[2] == tp->version ? ip[3] : 0;
            if (m && (!d || !vm_dict_may_have(gp_dict_obj(d), K[C_]))) {
                R[a] = (Value)m;
                R[a + 1] = obj;
                ip += GP_CACHE_WORDS;
                DISPATCH();
            }
        }
        int r = vm_load_method(t, obj, K[C_], &R[a], ip);
        ip += GP_CACHE_WORDS;
        CHECK(r >= 0);
        DISPATCH();
    }

    CASE(GETITEM) {
        Value o = R[B_], k = R[C_];
        if (v_is_obj(o) && v_obj(o)->type == &gp_list_type && v_is_int(k)) {
            GpList *l = gp_list_obj(o);
            int64_t i = v_int(k);
            if (i < 0) i += (int64_t)l->n;
            if (i >= 0 && (uint64_t)i < l->n) {
                R[A_] = l->items[i];
                DISPATCH();
            }
        }
        Value v = gp_getitem(t, o, k);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(SETITEM) {
        Value o = R[A_], k = R[B_];
        if (v_is_obj(o) && v_obj(o)->type == &gp_list_type && v_is_int(k)) {
            GpList *l = gp_list_obj(o);
            int64_t i = v_int(k);
            if (i < 0) i += (int64_t)l->n;
            if (i >= 0 && (uint64_t)i < l->n) {
                l->items[i] = R[C_];
                DISPATCH();
            }
        }
        CHECK(gp_setitem(t, o, k, R[C_]) >= 0);
        DISPATCH();
    }

    CASE(DELITEM) {
        CHECK(gp_delitem(t, R[A_], R[B_]) >= 0);
        DISPATCH();
    }

    CASE(BUILDSLICE) {
        unsigned b = B_;
        Value s = gp_slice_new(t, R[b], R[b + 1], R[b + 2]);
        CHECK(s);
        R[A_] = s;
        DISPATCH();
    }

    CASE(ADD) {
        Value x = R[B_], y = R[C_];
        if (v_is_int(x) && v_is_int(y)) {
            int64_t r = v_int(x) + v_int(y);
            if (GP_LIKELY(v_small_fits(r))) {
                R[A_] = v_from_small(r);
                DISPATCH();
            }
        } else if (v_is_float(x) && v_is_float(y)) {
            R[A_] = v_from_float(v_float(x) + v_float(y));
            DISPATCH();
        }
        Value r = X_ ? gp_inplace(t, GP_OP_ADD, x, y) : gp_binop(t, GP_OP_ADD, x, y);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(SUB) {
        Value x = R[B_], y = R[C_];
        if (v_is_int(x) && v_is_int(y)) {
            int64_t r = v_int(x) - v_int(y);
            if (GP_LIKELY(v_small_fits(r))) {
                R[A_] = v_from_small(r);
                DISPATCH();
            }
        } else if (v_is_float(x) && v_is_float(y)) {
            R[A_] = v_from_float(v_float(x) - v_float(y));
            DISPATCH();
        }
        Value r = X_ ? gp_inplace(t, GP_OP_SUB, x, y) : gp_binop(t, GP_OP_SUB, x, y);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(MUL) {
        Value x = R[B_], y = R[C_];
        if (v_is_int(x) && v_is_int(y)) {
            int64_t r;
            if (!__builtin_mul_overflow(v_int(x), v_int(y), &r) && v_small_fits(r)) {
                R[A_] = v_from_small(r);
                DISPATCH();
            }
        } else if (v_is_float(x) && v_is_float(y)) {
            R[A_] = v_from_float(v_float(x) * v_float(y));
            DISPATCH();
        }
        Value r = X_ ? gp_inplace(t, GP_OP_MUL, x, y) : gp_binop(t, GP_OP_MUL, x, y);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(ADDK) {
        Value x = R[B_], y = K[C_];
        if (v_is_int(x) && v_is_int(y)) {
            int64_t r = v_int(x) + v_int(y);
            if (GP_LIKELY(v_small_fits(r))) {
                R[A_] = v_from_small(r);
                DISPATCH();
            }
        }
        Value r = X_ ? gp_inplace(t, GP_OP_ADD, x, y) : gp_binop(t, GP_OP_ADD, x, y);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(SUBK) {
        Value x = R[B_], y = K[C_];
        if (v_is_int(x) && v_is_int(y)) {
            int64_t r = v_int(x) - v_int(y);
            if (GP_LIKELY(v_small_fits(r))) {
                R[A_] = v_from_small(r);
                DISPATCH();
            }
        }
        Value r = X_ ? gp_inplace(t, GP_OP_SUB, x, y) : gp_binop(t, GP_OP_SUB, x, y);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(BINOP) {
        unsigned x = X_;
        Value r;
        if (v_is_int(R[B_]) && v_is_int(R[C_]) && vm_small_binop((int)(x & 0x7f), R[B_], R[C_], &r)) {
            R[A_] = r;
            DISPATCH();
        }
        r = vm_binop(t, (int)(x & 0x7f), R[B_], R[C_], (x & 0x80) != 0);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(UNOP) {
        Value v = R[B_];
        if (X_ == GP_UOP_NEG && v_is_int(v) && v_int(v) != GP_SMALL_MIN) {
            R[A_] = v_from_small(-v_int(v));
            DISPATCH();
        }
        Value r = gp_unop(t, (int)X_, v);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(NOT) {
        int b = gp_truthy(t, R[B_]);
        CHECK(b >= 0);
        R[A_] = v_bool(!b);
        DISPATCH();
    }

    CASE(COMPARE) {
        Value x = R[B_], y = R[C_];
        if (v_is_int(x) && v_is_int(y)) {
            R[A_] = v_bool(vm_cmp_i64(v_int(x), v_int(y), (int)X_));
            DISPATCH();
        }
        Value r = gp_richcmp(t, x, y, (int)X_);
        CHECK(r);
        R[A_] = r;
        DISPATCH();
    }

    CASE(IS) {
        R[A_] = v_bool((R[B_] == R[C_]) != (X_ != 0));
        DISPATCH();
    }

    CASE(CONTAINS) {
        int r = gp_contains(t, R[C_], R[B_]);
        CHECK(r >= 0);
        R[A_] = v_bool(r != (int)X_);
        DISPATCH();
    }

    CASE(JMP) {
        ip += SBX_;
        DISPATCH();
    }

    CASE(LOOP) {
        int32_t off = SBX_;
        ip += off;
        ticks += off;
        if (GP_UNLIKELY(ticks <= 0 || atomic_load_explicit(&t->eval_breaker, memory_order_relaxed))) {
            f->ip = ip;
            t->ticks = ticks;
            int r = gp_eval_breaker(t);
            ticks = t->ticks;
            if (r < 0) {
                no_traceback = 0;
                goto error_at;
            }
        }
        DISPATCH();
    }

    CASE(JMPIF) {
        Value v = R[A_];
        int b;
        if (v == V_TRUE) b = 1;
        else if (v == V_FALSE || v == V_NONE) b = 0;
        else if (v_is_int(v)) b = v_int(v) != 0;
        else {
            b = gp_truthy(t, v);
            CHECK(b >= 0);
        }
        if (b) ip += SBX_;
        DISPATCH();
    }

    CASE(JMPIFNOT) {
        Value v = R[A_];
        int b;
        if (v == V_TRUE) b = 1;
        else if (v == V_FALSE || v == V_NONE) b = 0;
        else if (v_is_int(v)) b = v_int(v) != 0;
        else {
            b = gp_truthy(t, v);
            CHECK(b >= 0);
        }
        if (!b) ip += SBX_;
        DISPATCH();
    }

    CASE(JCMP) {
        Value x = R[A_], y = R[B_];
        unsigned xx = X_;
        int r;
        if (v_is_int(x) && v_is_int(y)) r = vm_cmp_i64(v_int(x), v_int(y), (int)(xx & 7));
        else if (v_is_float(x) && v_is_float(y)) r = vm_cmp_f64(v_float(x), v_float(y), (int)(xx & 7));
        else {
            r = gp_richcmp_bool(t, x, y, (int)(xx & 7));
            CHECK(r >= 0);
        }
        if (r == (int)(xx >> 3)) TAKE_JUMP_NEXT();
        else ip++;
        DISPATCH();
    }

    CASE(JCMPK) {
        Value x = R[A_], y = K[B_];
        unsigned xx = X_;
        int r;
        if (v_is_int(x) && v_is_int(y)) r = vm_cmp_i64(v_int(x), v_int(y), (int)(xx & 7));
        else if (v_is_float(x) && v_is_float(y)) r = vm_cmp_f64(v_float(x), v_float(y), (int)(xx & 7));
        else {
            r = gp_richcmp_bool(t, x, y, (int)(xx & 7));
            CHECK(r >= 0);
        }
        if (r == (int)(xx >> 3)) TAKE_JUMP_NEXT();
        else ip++;
        DISPATCH();
    }

    CASE(CALL) {
        unsigned a = A_;
        size_t n = B_;
        Value fn = R[a];
        int err = 0;
        f->ip = ip;
        GpFrame *nf = push_call_in_loop(t, fn, &R[a + 1], n, VNULL, &R[a], a, &err);
        if (nf) {
            f = nf;
            goto enter_frame;
        }
        if (err) ERROR();
        Value r = gp_call(t, fn, &R[a + 1], n, VNULL);
        CHECK(r);
        R[a] = r;
        DISPATCH();
    }

    CASE(CALLKW) {
        unsigned a = A_;
        Value kwnames = K[C_];
        size_t n = B_ - gp_tuple_len(kwnames);
        Value fn = R[a];
        int err = 0;
        f->ip = ip;
        GpFrame *nf = push_call_in_loop(t, fn, &R[a + 1], n, kwnames, &R[a], a, &err);
        if (nf) {
            f = nf;
            goto enter_frame;
        }
        if (err) ERROR();
        Value r = gp_call(t, fn, &R[a + 1], n, kwnames);
        CHECK(r);
        R[a] = r;
        DISPATCH();
    }

    CASE(CALLM) {
        unsigned a = A_;
        size_t n = B_;
        Value fn = R[a];
        Value *args = &R[a + 2];
        if (R[a + 1]) {
            args = &R[a + 1];
            n++;
        }
        int err = 0;
        f->ip = ip;
        GpFrame *nf = push_call_in_loop(t, fn, args, n, VNULL, &R[a], a, &err);
        if (nf) {
            f = nf;
            goto enter_frame;
        }
        if (err) ERROR();
        Value r = gp_call(t, fn, args, n, VNULL);
        CHECK(r);
        R[a] = r;
        DISPATCH();
    }

    CASE(CALLMKW) {
        unsigned a = A_;
        Value kwnames = K[C_];
        size_t n = B_ - gp_tuple_len(kwnames);
        Value fn = R[a];
        Value *args = &R[a + 2];
        if (R[a + 1]) {
            args = &R[a + 1];
            n++;
        }
        int err = 0;
        f->ip = ip;
        GpFrame *nf = push_call_in_loop(t, fn, args, n, kwnames, &R[a], a, &err);
        if (nf) {
            f = nf;
            goto enter_frame;
        }
        if (err) ERROR();
        Value r = gp_call(t, fn, args, n, kwnames);
        CHECK(r);
        R[a] = r;
        DISPATCH();
    }

    CASE(CALLEX) {
        unsigned a = A_;
        Value r = call_ex(t, R[a], R[a + 1], R[a + 2]);
        CHECK(r);
        R[a] = r;
        DISPATCH();
    }

    CASE(RETURN) {
        Value v = R[A_];
        if (f->is_entry) {
            t->ticks = ticks;
            if (f->gen) {
                vm_gen_finished(t, f);
            } else {
                t->frame = f->prev;
                gp_frame_pop(t, f);
            }
            return v;
        }
        GpFrame *caller = f->prev;
        unsigned ret = f->ret_reg;
        int kind = f->kind;
        if (GP_LIKELY(kind == FRAME_CALL)) {
            gp_frame_pop(t, f);
            f = caller;
            co = f->code;
            regs = f->regs;
            consts = co->consts;
            ip = (Instr *)f->ip;
            R[ret] = v;
            DISPATCH();
        }
        if (f->gen) vm_gen_finished(t, f);
        else gp_frame_pop(t, f);
        f = caller;
        co = f->code;
        regs = f->regs;
        consts = co->consts;
        ip = (Instr *)f->ip;
        switch (kind) {
        case FRAME_INIT:
            /* R[ret] holds the instance (push_call_in_loop). */
            if (v != V_NONE) {
                gp_raise(t, &gp_TypeError, "__init__() should return None, not '%s'", v_type(v)->name);
                ERROR();
            }
            break;
        case FRAME_GEN_FOR: TAKE_JUMP_NEXT(); break; /* exhausted: leave the loop */
        default:
            /* FRAME_GEN_YIELDFROM: the value of the `yield from`. */
            ((GpGen *)v_obj(f->gen))->yieldfrom = VNULL;
            R[ins_b(ip[-1])] = v;
            break;
        }
        DISPATCH();
    }

    CASE(MAKEFUNC) {
        unsigned a = A_;
        Value fn = vm_make_function(t, f, (GpCode *)v_obj(K[ins_bx(ins)]), X_, &R[a + 1]);
        CHECK(fn);
        R[a] = fn;
        DISPATCH();
    }

    CASE(BUILDTUPLE) {
        Value v = gp_tuple_from(t, &R[B_], C_);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(BUILDLIST) {
        Value v = gp_list_from(t, &R[B_], C_);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(BUILDSET) {
        Value v = gp_set_new(t, &gp_set_type, VNULL);
        CHECK(v);
        unsigned b = B_, n = C_;
        for (unsigned i = 0; i < n; i++) CHECK(gp_set_add(t, v, R[b + i]) >= 0);
        R[A_] = v;
        DISPATCH();
    }

    CASE(BUILDDICT) {
        Value v = gp_dict_new(t);
        CHECK(v);
        unsigned b = B_, n = C_;
        for (unsigned i = 0; i < n; i++) CHECK(gp_dict_set(t, v, R[b + 2 * i], R[b + 2 * i + 1]) >= 0);
        R[A_] = v;
        DISPATCH();
    }

    CASE(LISTAPPEND) {
        CHECK(gp_list_append(t, R[A_], R[B_]) >= 0);
        DISPATCH();
    }

    CASE(LISTEXTEND) {
        CHECK(vm_list_extend(t, R[A_], R[B_], X_ ? R[C_] : VNULL) >= 0);
        DISPATCH();
    }

    CASE(LISTTOTUPLE) {
        Value v = gp_list_as_tuple(t, R[B_]);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(SETADD) {
        CHECK(gp_set_add(t, R[A_], R[B_]) >= 0);
        DISPATCH();
    }

    CASE(SETUPDATE) {
        CHECK(vm_set_update(t, R[A_], R[B_]) >= 0);
        DISPATCH();
    }

    CASE(DICTSET) {
        CHECK(gp_dict_set(t, R[A_], R[B_], R[C_]) >= 0);
        DISPATCH();
    }

    CASE(DICTUPDATE) {
        CHECK(vm_dict_update(t, R[A_], R[B_], X_, R[C_]) >= 0);
        DISPATCH();
    }

    CASE(UNPACK) {
        CHECK(vm_unpack(t, R[B_], &R[A_], C_) >= 0);
        DISPATCH();
    }

    CASE(UNPACKEX) {
        CHECK(vm_unpack_ex(t, R[B_], &R[A_], C_, X_) >= 0);
        DISPATCH();
    }

    CASE(GETITER) {
        Value it = gp_iter(t, R[B_]);
        CHECK(it);
        R[A_] = it;
        DISPATCH();
    }

    CASE(FORITER) {
        Value it = R[A_];
        GpType *tp = v_obj(it)->type;
        Value v;
        if (tp == &gp_rangeiter_type) {
            GpRangeIter *ri = (GpRangeIter *)v_obj(it);
            if (ri->left <= 0) {
                TAKE_JUMP_NEXT();
                DISPATCH();
            }
            int64_t x = ri->next;
            ri->next += ri->step;
            ri->left--;
            if (GP_LIKELY(v_small_fits(x))) {
                R[B_] = v_from_small(x);
                ip++;
                DISPATCH();
            }
            v = gp_int_from_i64(t, x);
            CHECK(v);
        } else if (tp == &gp_listiter_type) {
            GpListIter *li = (GpListIter *)v_obj(it);
            if (li->seq && li->i < gp_list_obj(li->seq)->n) {
                R[B_] = gp_list_obj(li->seq)->items[li->i++];
                ip++;
                DISPATCH();
            }
            li->seq = VNULL;
            TAKE_JUMP_NEXT();
            DISPATCH();
        } else if (tp == &gp_generator_type && vm_gen_resume_in_loop(t, (GpGen *)v_obj(it), f, FRAME_GEN_FOR, B_)) {
            /* The generator's frame runs on top of this one, in this loop:
             * YIELD comes back to the loop body, RETURN to the loop exit
             * (the jump word after this instruction). */
            f->ip = ip;
            f = &((GpGen *)v_obj(it))->frame;
            goto load_frame;
        } else {
            v = tp->next(t, it);
            if (!v) {
                if (t->exc) {
                    if (!gp_exc_matches(t, &gp_StopIteration)) ERROR();
                    gp_exc_clear(t);
                }
                TAKE_JUMP_NEXT();
                DISPATCH();
            }
        }
        R[B_] = v;
        ip++;
        DISPATCH();
    }

    CASE(EXCMATCH) {
        int r = vm_exc_match(t, R[B_], R[C_]);
        CHECK(r >= 0);
        R[A_] = v_bool(r);
        DISPATCH();
    }

    CASE(PUSHEXC) {
        R[B_] = t->handled;
        t->handled = R[A_];
        DISPATCH();
    }

    CASE(POPEXC) {
        t->handled = R[A_];
        DISPATCH();
    }

    CASE(RAISE) {
        unsigned x = X_;
        if (x == 2) {
            if (!t->handled) {
                gp_raise(t, &gp_RuntimeError, "No active exception to reraise");
                ERROR();
            }
            t->exc = t->handled;
            no_traceback = 1;
            goto error_at;
        }
        vm_raise(t, R[A_], x == 1 ? R[B_] : VNULL, x == 1);
        ERROR();
    }

    CASE(RERAISE) {
        t->exc = R[A_];
        no_traceback = 1;
        goto error_at;
    }

    CASE(RAISEASSERT) {
        Value msg = R[A_];
        if (msg) gp_raise_arg(t, &gp_AssertionError, msg);
        else gp_exc_restore(t, gp_exc_new(t, &gp_AssertionError, gp_tuple_empty()));
        ERROR();
    }

    CASE(IMPORT) {
        Value m = gp_import(t, K[B_], K[C_], (int)X_, f->globals);
        CHECK(m);
        R[A_] = m;
        DISPATCH();
    }

    CASE(IMPORTFROM) {
        Value v = vm_import_from(t, R[B_], K[C_]);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(IMPORTSTAR) {
        CHECK(vm_import_star(t, R[A_], f->locals ? f->locals : f->globals) >= 0);
        DISPATCH();
    }

    CASE(PRINTEXPR) {
        CHECK(vm_print_expr(t, R[A_], f->builtins) >= 0);
        DISPATCH();
    }

    CASE(FORMAT) {
        unsigned c = C_;
        Value v = vm_format_value(t, R[B_], (int)X_, c == 0xffff ? VNULL : R[c]);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(BUILDSTRING) {
        Value v = vm_build_string(t, &R[B_], C_);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(YIELD) {
        yielded = R[A_];
        f->ip = ip;
        vm_gen_suspend(t, f, 0);
        if (!f->is_entry) goto yield_in_loop;
        t->ticks = ticks;
        return yielded;
    }

    CASE(YIELDFROM) {
        if (vm_yield_from_in_loop(t, f, R[A_])) {
            /* The delegate runs on top of this frame, in this loop. */
            f->ip = ip;
            f = t->frame;
            goto load_frame;
        }
        int done = 0;
        Value v = vm_yield_from_step(t, f, R[A_], &done);
        CHECK(v);
        if (done) {
            R[B_] = v;
            DISPATCH();
        }
        /* Suspend; resuming steps back to run this instruction again. */
        f->ip = ip;
        vm_gen_suspend(t, f, 1);
        if (!f->is_entry) {
            yielded = v;
            goto yield_in_loop;
        }
        t->ticks = ticks;
        return v;
    }

    CASE(LOADBUILDCLASS) {
        Value bc = gp_dict_get_cstr(f->builtins, "__build_class__");
        if (!bc) {
            gp_raise(t, &gp_NameError, "__build_class__ not found");
            ERROR();
        }
        R[A_] = bc;
        DISPATCH();
    }

    CASE(SETUPANN) {
        Value v = vm_setup_annotations(t, f);
        CHECK(v);
        R[A_] = v;
        DISPATCH();
    }

    CASE(CALLINTRINSIC) {
        unsigned a = A_;
        if (X_ == 1) CHECK(vm_with_enter(t, R[B_], &R[a]) >= 0);
        else {
            Value r = vm_with_exit(t, R[B_], R[C_]);
            CHECK(r);
            R[a] = r;
        }
        DISPATCH();
    }

#ifndef GP_COMPUTED_GOTO
    default:
        gp_raise(t, &gp_SystemError, "unknown opcode %d", (int)ins_op(ins));
        goto error;
    }
#endif

yield_in_loop: {
    /* Generator frame f, resumed in this loop, yielded and is suspended. */
    unsigned ret = f->ret_reg;
    int kind = f->kind;
    f = f->prev;
    co = f->code;
    regs = f->regs;
    consts = co->consts;
    ip = (Instr *)f->ip;
    if (kind == FRAME_GEN_FOR) {
        /* The value is the loop variable; the body follows the jump word. */
        R[ret] = yielded;
        ip++;
        DISPATCH();
    }
    /* FRAME_GEN_YIELDFROM: the delegating generator yields the value on,
     * suspended in its `yield from` (its ip is after it, as a resumption
     * expects). */
    vm_gen_suspend(t, f, 1);
    if (!f->is_entry) goto yield_in_loop;
    t->ticks = ticks;
    return yielded;
}

enter_frame:
    /* A call is a check point too. */
    if (GP_UNLIKELY(atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) || --ticks <= 0)) {
        t->ticks = ticks;
        int r = gp_eval_breaker(t);
        ticks = t->ticks;
        if (r < 0) {
            co = f->code;
            regs = f->regs;
            consts = co->consts;
            ip = (Instr *)f->ip + 1;
            no_traceback = 0;
            goto error_at;
        }
    }
    goto load_frame;

error:
    no_traceback = 0;
error_at: {
    /* The exception in t->exc was raised by the instruction before ip. */
    uint32_t pc = (uint32_t)(ip - co->code) - 1;
    if (ip == co->code) pc = 0;
    if (!no_traceback && t->exc && gp_exc_add_traceback(t, t->exc, v_from_obj(co), f->globals, pc) < 0) {
        /* MemoryError while recording the traceback: it replaces the exception. */
    }
    no_traceback = 0;
    const GpExcEntry *h = find_handler(co, pc);
    if (h) {
        R[h->reg] = t->exc;
        t->exc = VNULL;
        ip = co->code + h->handler;
        DISPATCH();
    }
    if (f->is_entry) {
        t->ticks = ticks;
        if (f->gen) {
            vm_gen_finished(t, f);
        } else {
            t->frame = f->prev;
            gp_frame_pop(t, f);
        }
        return VNULL;
    }
    GpFrame *caller = f->prev;
    int inlined = co->flags & CO_INLINED;
    if (f->gen) vm_gen_raised(t, f); /* resumed in this loop: it is finished */
    else gp_frame_pop(t, f);
    f = caller;
    t->frame = f;
    co = f->code;
    regs = f->regs;
    consts = co->consts;
    ip = (Instr *)f->ip;
    if (inlined && t->exc) {
        /* The comprehension's entry stands for the caller's (PEP 709). */
        GpTraceback *tb = (GpTraceback *)v_obj(((GpExc *)v_obj(t->exc))->traceback);
        if (tb) tb->name = co->name;
        no_traceback = 1;
    }
    goto error_at;
}
}
