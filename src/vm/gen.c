/* gen.c - generator objects.
 *
 * A generator owns its frame and registers (GpGen.regs), so they outlive
 * the call that created it. Resuming from C (next(), send(), throw(), a
 * builtin consuming it) links that frame on top of the thread's frames and
 * runs it in a nested gp_eval_frame until it yields (YIELD returns from
 * the loop with the generator SUSPENDED) or returns. A `for` loop or a
 * `yield from` in Python resumes it in the running loop instead
 * (vm_gen_resume_in_loop): the frame is pushed like a call, and its yield
 * or return switches back to the frame below (vm/eval.c, FRAME_GEN_*).
 * `yield from` re-executes its instruction on every resumption until the
 * inner iterator is done; the value sent to the outer generator is handed
 * over in GpGen.sent.
 */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "error.h"
#include "eval.h"
#include "vmops.h"

Value gp_gen_new(GpThread *t, Value fn, const Value *args, size_t nargs, Value kwnames) {
    GpFunc *func = (GpFunc *)v_obj(fn);
    GpCode *co = func->code;
    GpGen *g = gp_alloc(t, &gp_generator_type, sizeof(GpGen) + (size_t)co->nregs * sizeof(Value));
    if (!g) return VNULL;
    Value gv = v_from_obj(g);
    g->nregs = co->nregs;
    g->frame.code = co;
    g->frame.func = fn;
    g->frame.regs = g->regs;
    g->frame.globals = func->globals;
    g->frame.builtins = func->builtins;
    g->frame.ip = co->code;
    g->frame.gen = gv;
    g->frame.is_entry = 1;
    g->name = func->name;
    g->qualname = func->qualname;
    if (gp_bind_args(t, func, g->regs, args, nargs, kwnames) < 0) return VNULL;
    return gv;
}

void vm_gen_finished(GpThread *t, GpFrame *f) {
    GpGen *g = (GpGen *)v_obj(f->gen);
    g->state = GEN_FINISHED;
    g->yieldfrom = VNULL;
    t->frame = f->prev;
    t->depth--;
    memset(g->regs, 0, (size_t)g->nregs * sizeof(Value));
}

/* PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
static void stop_iteration_to_runtime_error(GpThread *t) {
    if (!gp_exc_matches(t, &gp_StopIteration)) return;
    Value cause = gp_exc_fetch(t);
    gp_raise(t, &gp_RuntimeError, "generator raised StopIteration");
    GpExc *e = (GpExc *)v_obj(t->exc);
    e->cause = cause;
    e->context = cause;
    e->suppress_context = 1;
}

void vm_gen_raised(GpThread *t, GpFrame *f) {
    vm_gen_finished(t, f);
    stop_iteration_to_runtime_error(t);
}

int vm_yield_from_in_loop(GpThread *t, GpFrame *f, Value iter) {
    GpGen *g = (GpGen *)v_obj(f->gen);
    if (!v_is_type(iter, &gp_generator_type) || (g->in_yieldfrom && g->sent != V_NONE)) return 0;
    if (!vm_gen_resume_in_loop(t, (GpGen *)v_obj(iter), f, FRAME_GEN_YIELDFROM, 0)) return 0;
    g->in_yieldfrom = 0;
    g->sent = VNULL;
    g->yieldfrom = iter;
    return 1;
}

static Value stop_iteration_value(GpThread *t) {
    Value e = gp_exc_fetch(t);
    Value v = gp_exc_get_attr(t, e, "value");
    return v ? v : V_NONE;
}

Value vm_yield_from_step(GpThread *t, GpFrame *f, Value iter, int *done) {
    GpGen *g = (GpGen *)v_obj(f->gen);
    Value sent = g->in_yieldfrom ? g->sent : V_NONE;
    g->in_yieldfrom = 0;
    g->sent = VNULL;
    g->yieldfrom = iter;
    Value r;
    if (v_is_type(iter, &gp_generator_type)) {
        int d = 0;
        r = gp_gen_resume(t, iter, sent, VNULL, &d);
        if (!r) return VNULL;
        if (d) {
            g->yieldfrom = VNULL;
            *done = 1;
        }
        return r;
    }
    if (sent == V_NONE) r = gp_next(t, iter);
    else r = gp_call_method(t, iter, "send", &sent, 1);
    if (r) return r;
    if (t->exc && !gp_exc_matches(t, &gp_StopIteration)) return VNULL;
    g->yieldfrom = VNULL;
    *done = 1;
    return t->exc ? stop_iteration_value(t) : V_NONE;
}

/* Throw exc into the iterator a `yield from` delegates to. Returns the
 * value it yields (*outcome 0), or its return value (*outcome 1), or VNULL
 * with the exception to raise at the yield from in t->exc (*outcome 2). */
static Value throw_into_delegate(GpThread *t, GpGen *g, Value exc, int *outcome) {
    Value sub = g->yieldfrom;
    if (gp_isinstance_type(exc, &gp_GeneratorExit)) {
        /* Closing: close the delegate, then raise GeneratorExit here. */
        if (v_is_type(sub, &gp_generator_type) || gp_hasattr(t, sub, gp_str_intern_cstr(t, "close")) > 0) {
            Value r = gp_call_method(t, sub, "close", NULL, 0);
            if (!r) {
                *outcome = 2;
                return VNULL;
            }
        }
        gp_exc_clear(t);
        gp_exc_restore(t, exc);
        *outcome = 2;
        return VNULL;
    }
    Value r;
    if (v_is_type(sub, &gp_generator_type)) {
        int d = 0;
        r = gp_gen_resume(t, sub, V_NONE, exc, &d);
        if (r) {
            *outcome = d;
            return r;
        }
    } else {
        Value thr = gp_getattr_opt(t, sub, gp_str_intern_cstr(t, "throw"));
        if (!thr) {
            if (!t->exc) gp_exc_restore(t, exc);
            *outcome = 2;
            return VNULL;
        }
        r = gp_call1(t, thr, exc);
        if (r) {
            *outcome = 0;
            return r;
        }
    }
    if (gp_exc_matches(t, &gp_StopIteration)) {
        *outcome = 1;
        return stop_iteration_value(t);
    }
    *outcome = 2;
    return VNULL;
}

Value gp_gen_resume(GpThread *t, Value gv, Value value, Value exc, int *done) {
    GpGen *g = (GpGen *)v_obj(gv);
    *done = 0;
    if (g->state == GEN_RUNNING) return gp_raise(t, &gp_ValueError, "generator already executing");
    if (g->state == GEN_FINISHED) {
        if (exc) {
            gp_exc_restore(t, exc);
            return VNULL;
        }
        *done = 1;
        return V_NONE;
    }
    if (g->state == GEN_CREATED && value != V_NONE && !exc)
        return gp_raise(t, &gp_TypeError, "can't send non-None value to a just-started generator");
    if (t->depth >= t->interp->recursion_limit) return gp_raise(t, &gp_RecursionError, "maximum recursion depth exceeded");
    GpFrame *f = &g->frame;
    if (g->state == GEN_SUSPENDED) {
        if (g->in_yieldfrom) {
            if (exc) {
                g->state = GEN_RUNNING;
                int outcome;
                Value r = throw_into_delegate(t, g, exc, &outcome);
                g->state = GEN_SUSPENDED;
                if (outcome == 0) return r;
                g->in_yieldfrom = 0;
                g->yieldfrom = VNULL;
                if (outcome == 1) {
                    /* The delegate returned: continue after the yield from. */
                    Instr yf = f->ip[-1];
                    f->regs[ins_b(yf)] = r;
                    exc = VNULL;
                } else {
                    exc = gp_exc_fetch(t);
                }
            } else {
                g->sent = value;
                f->ip--;
            }
        } else if (!exc) {
            Instr y = f->ip[-1];
            f->regs[ins_b(y)] = value;
        }
    }
    if (exc && g->state == GEN_CREATED) {
        /* Thrown in before it started: it finishes with the exception. */
        g->state = GEN_FINISHED;
        gp_exc_restore(t, exc);
        return VNULL;
    }
    g->state = GEN_RUNNING;
    f->prev = t->frame;
    f->is_entry = 1;
    t->depth++;
    if (exc) gp_exc_restore(t, exc);
    Value r = gp_eval_frame(t, f);
    if (g->state == GEN_SUSPENDED) return r;
    *done = 1;
    if (!r) stop_iteration_to_runtime_error(t);
    return r;
}

/* ---- the generator type */

static Value gen_iter(GpThread *t, Value self) {
    (void)t;
    return self;
}

/* next(): exhaustion is VNULL with no exception; a non-None return value
 * travels as StopIteration(value) (gp_next discards it). */
static Value gen_next(GpThread *t, Value self) {
    int done;
    Value r = gp_gen_resume(t, self, V_NONE, VNULL, &done);
    if (!r || !done) return r;
    if (r == V_NONE) return VNULL;
    gp_raise_arg(t, &gp_StopIteration, r);
    return VNULL;
}

static Value gen_send(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "generator.send", n, 1, 1) < 0) return VNULL;
    int done;
    Value r = gp_gen_resume(t, self, a[0], VNULL, &done);
    if (!r || !done) return r;
    if (r == V_NONE) gp_exc_restore(t, gp_exc_new(t, &gp_StopIteration, gp_tuple_empty()));
    else gp_raise_arg(t, &gp_StopIteration, r);
    return VNULL;
}

static Value make_thrown(GpThread *t, const Value *a, size_t n) {
    Value typ = a[0], val = n > 1 ? a[1] : V_NONE;
    if (v_is_obj(typ) && (v_obj(typ)->type->flags & GP_TF_TYPE_SUB)) {
        if (!gp_type_is_subtype((GpType *)v_obj(typ), &gp_BaseException))
            return gp_raise(t, &gp_TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
        if (val != V_NONE && gp_isinstance_type(val, (GpType *)v_obj(typ))) return val;
        return val == V_NONE ? gp_call0(t, typ) : gp_call1(t, typ, val);
    }
    if (gp_isinstance_type(typ, &gp_BaseException)) {
        if (val != V_NONE) return gp_raise(t, &gp_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    return gp_raise(t, &gp_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    v_type(typ)->name);
}

static Value gen_throw(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "throw", n, 1, 3) < 0) return VNULL;
    Value exc = make_thrown(t, a, n);
    if (!exc) return VNULL;
    int done;
    Value r = gp_gen_resume(t, self, V_NONE, exc, &done);
    if (!r || !done) return r;
    if (r == V_NONE) gp_exc_restore(t, gp_exc_new(t, &gp_StopIteration, gp_tuple_empty()));
    else gp_raise_arg(t, &gp_StopIteration, r);
    return VNULL;
}

static Value gen_close(GpThread *t, Value self, const Value *a, size_t n, Value kw) {
    (void)a;
    (void)kw;
    if (gp_check_nargs(t, "close", n, 0, 0) < 0) return VNULL;
    GpGen *g = (GpGen *)v_obj(self);
    if (g->state == GEN_CREATED || g->state == GEN_FINISHED) {
        g->state = GEN_FINISHED;
        return V_NONE;
    }
    Value exc = gp_exc_new(t, &gp_GeneratorExit, gp_tuple_empty());
    if (!exc) return VNULL;
    int done;
    Value r = gp_gen_resume(t, self, V_NONE, exc, &done);
    if (r && !done) return gp_raise(t, &gp_RuntimeError, "generator ignored GeneratorExit");
    if (!r && (gp_exc_matches(t, &gp_GeneratorExit) || gp_exc_matches(t, &gp_StopIteration))) {
        gp_exc_clear(t);
        return V_NONE;
    }
    return r ? V_NONE : VNULL;
}

static Value gen_repr(GpThread *t, Value self) {
    GpGen *g = (GpGen *)v_obj(self);
    return gp_format(t, "<generator object %U at %p>", g->qualname, (void *)g);
}

static void gen_trace(GpGc *gc, GpObj *self) {
    GpGen *g = (GpGen *)self;
    gc_mark(gc, v_from_obj(g->frame.code));
    gc_mark(gc, g->frame.func);
    gc_mark(gc, g->frame.globals);
    gc_mark(gc, g->frame.builtins);
    gc_mark(gc, g->frame.locals);
    gc_mark(gc, g->name);
    gc_mark(gc, g->qualname);
    gc_mark(gc, g->yieldfrom);
    gc_mark(gc, g->sent);
    gc_mark_range(gc, g->regs, g->nregs);
}

static Value gen_get_name(GpThread *t, Value self) { (void)t; return ((GpGen *)v_obj(self))->name; }
static Value gen_get_qualname(GpThread *t, Value self) { (void)t; return ((GpGen *)v_obj(self))->qualname; }
static Value gen_get_running(GpThread *t, Value self) {
    (void)t;
    return v_bool(((GpGen *)v_obj(self))->state == GEN_RUNNING);
}
static Value gen_get_suspended(GpThread *t, Value self) {
    (void)t;
    return v_bool(((GpGen *)v_obj(self))->state == GEN_SUSPENDED);
}
static Value gen_get_code(GpThread *t, Value self) { (void)t; return v_from_obj(((GpGen *)v_obj(self))->frame.code); }
static Value gen_get_yieldfrom(GpThread *t, Value self) {
    (void)t;
    Value y = ((GpGen *)v_obj(self))->yieldfrom;
    return y ? y : V_NONE;
}
static Value gen_get_frame(GpThread *t, Value self) {
    (void)t;
    (void)self;
    return V_NONE;
}

static const GpGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {NULL, NULL, NULL},
};

static const GpMethodDef gen_methods[] = {
    {"send", gen_send, GP_METH_NOKW},
    {"throw", gen_throw, GP_METH_NOKW},
    {"close", gen_close, GP_METH_NOKW},
    {NULL, NULL, 0},
};

GpType gp_generator_type = {
    .hdr = {&gp_type_type},
    .name = "generator",
    .flags = GP_TF_ABSTRACT, /* no constructor: "cannot create 'generator' instances" */
    .base = &gp_object_type,
    .size = sizeof(GpGen),
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
    .trace = gen_trace,
    .getsets = gen_getsets,
    .methods = gen_methods,
};

GP_REGISTER_TYPE(gp_generator_type);
