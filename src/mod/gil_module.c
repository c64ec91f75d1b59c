/* gil_module.c - gil: what the interpreter's GIL is doing, for programs
 * that study it (bench/gil/, lab/). gilpy-only; CPython has no such
 * module, so scripts that must also run there import it conditionally.
 *
 *   gil.policy()          'ticks', 'timed' or 'sched'
 *   gil.interval()        the switch interval in seconds (sys.getswitchinterval)
 *   gil.check_interval()  the ticks between checks (sys.getcheckinterval)
 *   gil.stats()           everything: {'policy', 'switch_interval',
 *       'check_interval', 'elapsed_ns', 'threads': [per thread], 'total'},
 *       each thread (and the total) with acquisitions, switches,
 *       forced_drops, failed_takes, held_ns, wait_ns, max_wait_ns, moves
 *       (sched: moved onto a waiting thread's CPU while preempted),
 *       releases_* by reason (blocking, check, drop, exit), held_fraction
 *       and wait_fraction (of the thread's lifetime; for the total, of the
 *       run: the share of time the GIL was held, and the mean number of
 *       threads waiting), plus ident, name, alive, main
 *   gil.thread_stats()    the calling thread's counters, as a dict
 *   gil.reset_stats()     zero the calling thread's counters (to measure a phase)
 *   gil.signals()         (received, handled): signals recorded by the C
 *                         handler and Python handler runs, since start
 * The same figures are printed at exit by -X gil-stats (vm/gil_trace.c).
 */
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "../vm/gil_trace.h"
#include "../vm/signals.h"
#include "../vm/state.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

static const char *const policy_names[] = {"ticks", "timed", "sched"};

static Value m_policy(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "policy", nargs, 0, 0) < 0) return VNULL;
    int p = t->interp->gil_policy;
    return gp_str_from_cstr(t, p >= 0 && p <= 2 ? policy_names[p] : "?");
}

static Value m_interval(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "interval", nargs, 0, 0) < 0) return VNULL;
    return v_from_float(t->interp->switch_interval);
}

static Value m_check_interval(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "check_interval", nargs, 0, 0) < 0) return VNULL;
    return v_from_small(t->interp->check_interval);
}

static Value m_stats(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "stats", nargs, 0, 0) < 0) return VNULL;
    return gp_gil_stats_dict(t);
}

static Value m_thread_stats(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "thread_stats", nargs, 0, 0) < 0) return VNULL;
    gil_stats copy;
    gil_stats_read(&t->gil, &copy, NULL);
    return gp_gil_counts_dict(t, &copy);
}

static Value m_reset_stats(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "reset_stats", nargs, 0, 0) < 0) return VNULL;
    /* The current hold counts from now on. */
    gil_stats_reset(&t->gil, gil_now_ns());
    return V_NONE;
}

static Value m_signals(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "signals", nargs, 0, 0) < 0) return VNULL;
    return gp_tuple_pack(t, 2, gp_int_from_u64(t, gp_signals_received()), gp_int_from_u64(t, gp_signals_handled()));
}

static const GpMethodDef gil_methods[] = {
    {"signals", m_signals, 0},
    {"reset_stats", m_reset_stats, 0},
    {"policy", m_policy, 0},
    {"interval", m_interval, 0},
    {"check_interval", m_check_interval, 0},
    {"stats", m_stats, 0},
    {"thread_stats", m_thread_stats, 0},
    {NULL, NULL, 0},
};

const GpModuleDef gp_gil_module = {
    "gil",
    gil_methods,
    NULL,
    "The interpreter's global interpreter lock: its policy and counters.",
};
GP_REGISTER_MODULE(gp_gil_module);
