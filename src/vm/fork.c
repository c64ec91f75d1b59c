/* fork.c - os.fork with threads: the child keeps only the calling thread.
 *
 * The calling thread holds the GIL while it forks, so no other thread is
 * running Python code, allocating or collecting. In the child:
 *   - every other thread state is dropped from the interpreter's list (the
 *     OS threads do not exist there; their memory is left alone, since
 *     they may have been anywhere in their C code at the fork);
 *   - the calling thread becomes the main thread (signals are delivered
 *     to it);
 *   - a new GIL is made with the same policy and intervals, and the
 *     calling thread takes it: the parent's lock may have been in any
 *     state (a mutex held by a thread that no longer exists), so it is
 *     abandoned, never touched (gil_forget_after_fork);
 *   - threading._after_fork() marks the other Thread objects stopped, and
 *     the os.register_at_fork callbacks run: "before" in the parent
 *     before the fork (last registered first), "after_in_parent" and
 *     "after_in_child" after it (first registered first), as in CPython.
 * The child can then start threads again.
 */
#include <errno.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "error.h"
#include "fork.h"
#include "gil_glue.h"
#include "gil_trace.h"
#include "signals.h"

/* interp->module_cache["<at fork>"]: [before, after_in_parent, after_in_child] */
static Value hooks(GpThread *t, int create) {
    Value cache = t->interp->module_cache;
    Value h = gp_dict_get_cstr(cache, "<at fork>");
    if (h || !create) return h;
    h = gp_list_new(t, 3);
    if (!h) return VNULL;
    for (int i = 0; i < 3; i++) {
        Value l = gp_list_new(t, 0);
        if (!l || gp_list_append(t, h, l) < 0) return VNULL;
    }
    return gp_dict_set_cstr(t, cache, "<at fork>", h) < 0 ? VNULL : h;
}

int gp_register_at_fork(GpThread *t, Value before, Value after_in_parent, Value after_in_child) {
    Value h = hooks(t, 1);
    if (!h) return -1;
    Value fns[3] = {before, after_in_parent, after_in_child};
    for (int i = 0; i < 3; i++)
        if (fns[i] && gp_list_append(t, gp_list_obj(h)->items[i], fns[i]) < 0) return -1;
    return 0;
}

/* Run one list of callbacks; exceptions are reported and ignored, as
 * CPython does for at-fork hooks. */
static void run_hooks(GpThread *t, int which, int reverse) {
    Value h = hooks(t, 0);
    if (!h) return;
    Value l = gp_list_obj(h)->items[which];
    size_t n = gp_list_obj(l)->n;
    for (size_t k = 0; k < n && k < gp_list_obj(l)->n; k++) {
        size_t i = reverse ? gp_list_obj(l)->n - 1 - k : k;
        if (!gp_call0(t, gp_list_obj(l)->items[i])) {
            Value exc = gp_exc_fetch(t);
            gp_print_exception(t, exc, VNULL);
            gp_exc_clear(t);
        }
    }
}

static void after_fork_child(GpThread *t) {
    GpInterp *in = t->interp;
    pthread_mutex_init(&in->threads_mu, NULL);
    /* Only t remains. */
    in->threads = t;
    t->prev = t->next = NULL;
    t->linked = 1;
    atomic_store(&in->nthreads, 0);
    in->finalizing = 0;
    t->pthread = pthread_self();
    t->native_id = (long)getpid();
    /* t is the main thread now: signals go to it. */
    GpThread *old_main = in->main_thread;
    if (old_main) old_main->is_main = 0;
    in->main_thread = t;
    t->is_main = 1;
    gp_signals_after_fork(in);
    gp_gil_records_after_fork(t);
    /* A fresh GIL; the parent's is abandoned (see above). */
    gp_gil_after_fork(t);
    Value threading = gp_dict_get_cstr(in->modules, "threading");
    if (threading && threading != V_NONE) {
        Value fn = gp_getattr_opt(t, threading, gp_str_intern_cstr(t, "_after_fork"));
        if (fn && !gp_call0(t, fn)) {
            Value exc = gp_exc_fetch(t);
            gp_print_exception(t, exc, VNULL);
        }
        gp_exc_clear(t);
    }
    run_hooks(t, 2, 0);
}

int64_t gp_fork(GpThread *t) {
    run_hooks(t, 0, 1);
    pid_t pid = fork();
    if (pid < 0) return gp_raise_errno(t, errno, VNULL), -1;
    if (pid == 0) after_fork_child(t);
    else run_hooks(t, 1, 0);
    return pid;
}
