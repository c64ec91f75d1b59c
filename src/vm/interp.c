/* interp.c - creating and destroying an interpreter. */
#include <stdlib.h>
#include <string.h>

#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "error.h"
#include "gil_glue.h"
#include "gil_trace.h"
#include "signals.h"
#include "state.h"

extern const GpModuleDef gp_builtins_module, gp_sys_module;

GpInterp *gp_interp_new(void) {
    gp_types_init();
    GpInterp *in = calloc(1, sizeof *in);
    if (!in) return NULL;
    in->heap = gp_heap_new();
    if (!in->heap) {
        free(in);
        return NULL;
    }
    pthread_mutex_init(&in->threads_mu, NULL);
    pthread_mutex_init(&in->records_mu, NULL);
    in->started_ns = gil_now_ns();
    in->recursion_limit = 1000;
    in->int_max_str_digits = 4300;
    in->check_interval = 100;
    in->tick_period = 100;
    in->switch_interval = 0.005;
    in->gil_policy = GIL_SCHED;
    in->next_type_version = 1u << 24;
    GpThread *t = gp_thread_new(in);
    if (!t) {
        gp_heap_free(in, in->heap);
        free(in);
        return NULL;
    }
    t->is_main = 1;
    in->main_thread = t;
    gp_thread_attach(t);
    /* The order matters: interning needs its dict, modules need interning. */
    in->interned = gp_dict_new(t);
    in->modules = gp_dict_new(t);
    in->module_cache = gp_dict_new(t);
    in->memory_error = gp_exc_new(t, &gp_MemoryError, gp_tuple_empty());
    if (!in->interned || !in->modules || !in->module_cache || !in->memory_error) goto fail;
    in->builtins_mod = gp_module_from_def(t, &gp_builtins_module);
    if (!in->builtins_mod) goto fail;
    in->builtins = ((GpModule *)v_obj(in->builtins_mod))->dict;
    if (gp_dict_set_cstr(t, in->modules, "builtins", in->builtins_mod) < 0) goto fail;
    in->sys = gp_module_from_def(t, &gp_sys_module);
    if (!in->sys || gp_dict_set_cstr(t, in->modules, "sys", in->sys) < 0) goto fail;
    return in;
fail:
    gp_interp_free(in);
    return NULL;
}

void gp_interp_free(GpInterp *in) {
    if (!in) return;
    /* Threads still registered (daemon threads at exit) are forgotten,
     * not freed: they may still be running. */
    GpThread *main = in->main_thread;
    gp_signals_uninstall(in);
    gp_gil_trace_finish(in);
    gp_gil_teardown(in);
    gp_heap_free(in, in->heap);
    if (main) gp_thread_free(main);
    pthread_mutex_destroy(&in->threads_mu);
    pthread_mutex_destroy(&in->records_mu);
    free(in);
}
