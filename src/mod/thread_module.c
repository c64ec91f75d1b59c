/* thread_module.c - the _thread module: starting threads, identities and
 * the types of thread_lock.c and thread_local.c. threading.py and
 * queue.py (lib/) are built on it, as in CPython. */
#include <stdint.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/gil_trace.h"
#include "../vm/state.h"
#include "../vm/thread.h"
#include "thread_impl.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

static Value m_start_new_thread(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "start_new_thread", kw) < 0) return VNULL;
    if (nargs < 2 || nargs > 3)
        return gp_raise(t, &gp_TypeError, "start_new_thread expected at %s %d arguments, got %zu",
                        nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
    if (!gp_callable(args[0])) return gp_raise(t, &gp_TypeError, "first arg must be callable");
    if (!gp_is_tuple(args[1])) return gp_raise(t, &gp_TypeError, "2nd arg must be a tuple");
    if (nargs == 3 && !gp_is_dict(args[2])) return gp_raise(t, &gp_TypeError, "optional 3rd arg must be a dictionary");
    uint64_t ident;
    if (gp_thread_start(t, args[0], args[1], nargs == 3 ? args[2] : VNULL, &ident) < 0) return VNULL;
    return gp_int_from_u64(t, ident);
}

static Value m_allocate_lock(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "allocate_lock", nargs, 0, 0) < 0) return VNULL;
    return gp_lock_new(t);
}

static Value m_get_ident(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "get_ident", nargs, 0, 0) < 0) return VNULL;
    return gp_int_from_u64(t, t->ident);
}

static Value m_get_native_id(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "get_native_id", nargs, 0, 0) < 0) return VNULL;
    return gp_int_from_i64(t, t->native_id);
}

static Value m_count(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "_count", nargs, 0, 0) < 0) return VNULL;
    return gp_int_from_i64(t, atomic_load(&t->interp->nthreads));
}

static Value m_exit(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "exit", nargs, 0, 0) < 0) return VNULL;
    Value e = gp_exc_new(t, &gp_SystemExit, gp_tuple_empty());
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

/* A lock, held, that the calling thread releases when it ends: what
 * Thread.join and Thread.is_alive look at. */
static Value m_set_sentinel(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "_set_sentinel", nargs, 0, 0) < 0) return VNULL;
    Value lock = gp_lock_new(t);
    if (!lock) return VNULL;
    Value r = gp_call_method(t, lock, "acquire", NULL, 0);
    if (!r) return VNULL;
    t->sentinel = lock;
    return lock;
}

static Value m_stack_size(ARGS) {
    (void)self;
    (void)kw;
    if (gp_check_nargs(t, "stack_size", nargs, 0, 1) < 0) return VNULL;
    if (nargs) {
        int64_t n;
        if (gp_as_ssize(t, args[0], &n) < 0) return VNULL;
        if (n != 0 && n < 32768) return gp_raise(t, &gp_ValueError, "size not valid: %lld bytes", (long long)n);
        /* gilpy gives every thread the same stack (vm/thread.c). */
    }
    return v_from_small(0);
}

static Value m_daemon_threads_allowed(ARGS) {
    (void)t;
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    return V_TRUE;
}

/* threading tells the GIL's statistics and trace the thread's name. */
static Value m_set_thread_name(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "_set_thread_name", kw) < 0 || gp_check_nargs(t, "_set_thread_name", nargs, 1, 1) < 0)
        return VNULL;
    if (!gp_is_str(args[0])) return gp_raise(t, &gp_TypeError, "thread name must be str");
    gp_gil_record_name(t, gp_str_data(args[0]), gp_str_nbytes(args[0]));
    return V_NONE;
}

static const GpMethodDef thread_methods[] = {
    {"_set_thread_name", m_set_thread_name, 0},
    {"start_new_thread", m_start_new_thread, 0},
    {"start_new", m_start_new_thread, 0},
    {"allocate_lock", m_allocate_lock, 0},
    {"allocate", m_allocate_lock, 0},
    {"get_ident", m_get_ident, 0},
    {"get_native_id", m_get_native_id, 0},
    {"_count", m_count, 0},
    {"exit", m_exit, 0},
    {"exit_thread", m_exit, 0},
    {"_set_sentinel", m_set_sentinel, 0},
    {"stack_size", m_stack_size, 0},
    {"daemon_threads_allowed", m_daemon_threads_allowed, 0},
    {NULL, NULL, 0},
};

static int thread_init(GpThread *t, Value m) {
    if (gp_module_add(t, m, "LockType", v_from_obj(&gp_lock_type)) < 0 ||
        gp_module_add(t, m, "RLock", v_from_obj(&gp_rlock_type)) < 0 ||
        gp_module_add(t, m, "_local", v_from_obj(&gp_local_type)) < 0 ||
        gp_module_add(t, m, "error", v_from_obj(&gp_RuntimeError)) < 0 ||
        gp_module_add(t, m, "TIMEOUT_MAX", v_from_float(9223372036.0)) < 0)
        return -1;
    return 0;
}

const GpModuleDef gp_thread_module = {
    "_thread",
    thread_methods,
    thread_init,
    "This module provides primitive operations to write multi-threaded programs.",
};
GP_REGISTER_MODULE(gp_thread_module);
