/* thread.c - starting and ending Python threads (see thread.h). */
#include "thread.h"

#include <signal.h>
#include <stdio.h>
#include <time.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/file.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "error.h"
#include "gil_glue.h"
#include "gil_trace.h"

/* The C stack of a Python thread. Deep Python recursion does not use it
 * (frames live on the data stack); C recursion (repr of nested containers,
 * comparisons) is bounded by the margin in state.c. */
#define THREAD_STACK_SIZE ((size_t)8 << 20)

/* An exception that escaped a thread started by _thread: reported as
 * CPython's sys.unraisablehook does, and the thread ends quietly. */
static void report_unraisable(GpThread *t, Value callable) {
    Value exc = gp_exc_fetch(t);
    if (gp_isinstance_type(exc, &gp_SystemExit)) return;
    Value err = gp_dict_get_cstr(((GpModule *)v_obj(t->interp->sys))->dict, "stderr");
    Value r = gp_repr(t, callable);
    Value line = r ? gp_format(t, "Exception ignored in thread started by: %U\n", r) : VNULL;
    if (line && err && err != V_NONE) gp_call_method(t, err, "write", &line, 1);
    gp_exc_clear(t);
    gp_print_exception(t, exc, err && err != V_NONE ? err : VNULL);
    gp_exc_clear(t);
}

static void *thread_main(void *arg) {
    GpThread *t = arg;
    GpInterp *in = t->interp;
    gp_gil_thread_start(t);
    gp_thread_attach(t);
    Value boot = t->boot;
    t->boot = VNULL;
    Value callable = gp_tuple_items(boot)[0], args = gp_tuple_items(boot)[1], kwargs = gp_tuple_items(boot)[2];
    Value r;
    if (kwargs == V_NONE || gp_dict_obj(kwargs)->used == 0) {
        r = gp_call(t, callable, gp_tuple_items(args), gp_tuple_len(args), VNULL);
    } else {
        /* Keyword arguments go after the positional ones, names in a tuple. */
        size_t np = gp_tuple_len(args), nk = gp_dict_obj(kwargs)->used;
        Value all = gp_tuple_new(t, np + nk), names = gp_tuple_new(t, nk);
        r = VNULL;
        if (all && names) {
            for (size_t i = 0; i < np; i++) gp_tuple_items(all)[i] = gp_tuple_items(args)[i];
            size_t pos = 0, i = 0;
            Value k, v;
            while (gp_dict_next(kwargs, &pos, &k, &v)) {
                gp_tuple_items(names)[i] = k;
                gp_tuple_items(all)[np + i++] = v;
            }
            r = gp_call(t, callable, gp_tuple_items(all), np, names);
        }
    }
    if (!r) report_unraisable(t, callable);
    gp_exc_clear(t);
    /* The end, still holding the GIL: wake joiners, leave the list the
     * collector scans, then let go for good. */
    if (t->sentinel) {
        Value s = t->sentinel;
        t->sentinel = VNULL;
        if (!gp_call_method(t, s, "release", NULL, 0)) gp_exc_clear(t);
    }
    gp_gil_record_thread_end(t);
    gp_thread_unlink(t);
    gp_gil_thread_exit(t);
    gp_thread_free(t);
    /* The last touch of the interpreter: once nthreads drops, the main
     * thread may free it (gp_threads_finalize waits for this). */
    atomic_fetch_sub(&in->nthreads, 1);
    return NULL;
}

int gp_thread_start(GpThread *t, Value callable, Value args, Value kwargs, uint64_t *ident) {
    GpInterp *in = t->interp;
    if (!in->gil && gp_gil_setup(in) < 0) return gp_raise_memory(t), -1;
    if (in->finalizing) return gp_raise_i(t, &gp_RuntimeError, "can't create new thread at interpreter shutdown");
    Value boot = gp_tuple_pack(t, 3, callable, args, kwargs ? kwargs : V_NONE);
    if (!boot) return -1;
    GpThread *nt = gp_thread_new(in);
    if (!nt) return gp_raise_memory(t), -1;
    nt->boot = boot;
    gp_gil_thread_init(nt);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, THREAD_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* The new thread inherits a mask blocking every signal, so the kernel
     * delivers them to the main thread, the only one that handles them. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    atomic_fetch_add(&in->nthreads, 1);
    pthread_t pt;
    int err = pthread_create(&pt, &attr, thread_main, nt);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (err) {
        atomic_fetch_sub(&in->nthreads, 1);
        gil_thread_fini(in->gil, &nt->gil);
        gp_thread_free(nt);
        return gp_raise_i(t, &gp_RuntimeError, "can't start new thread");
    }
    *ident = nt->ident;
    return 0;
}

int gp_threads_finalize(GpThread *t) {
    GpInterp *in = t->interp;
    Value threading = gp_dict_get_cstr(in->modules, "threading");
    if (threading && threading != V_NONE) {
        Value shutdown = gp_getattr_opt(t, threading, gp_str_intern_cstr(t, "_shutdown"));
        if (shutdown && !gp_call0(t, shutdown)) {
            Value exc = gp_exc_fetch(t);
            gp_print_exception(t, exc, VNULL);
        }
        gp_exc_clear(t);
    }
    in->finalizing = 1;
    int others = 0;
    pthread_mutex_lock(&in->threads_mu);
    for (GpThread *th = in->threads; th; th = th->next)
        if (th != t) others = 1;
    pthread_mutex_unlock(&in->threads_mu);
    if (others) return 1;
    /* Threads that already left the list may still be inside their last
     * GIL release: wait (briefly, they need nothing from us) until they
     * are out, so that freeing the interpreter cannot pull the lock from
     * under them. */
    while (atomic_load(&in->nthreads) > 0) {
        struct timespec ts = {0, 100000};
        nanosleep(&ts, NULL);
    }
    return 0;
}
