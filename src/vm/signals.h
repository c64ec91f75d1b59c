/* signals.h - signal delivery to the interpreter.
 *
 * The protocol, as in CPython: the C handler only records the signal in
 * async-signal-safe counters, sets the main thread's eval-breaker bit and
 * the interpreter's `signals_pending` flag, and (under `sched`) tells the
 * GIL that the main thread must run next; then, if a wakeup fd is set, it
 * writes the signal number to it. The main thread runs the Python-level
 * handlers later, between instructions (gp_signals_run_pending), once per
 * C delivery: counters, not flags, so no signal is lost beyond what the
 * kernel merges itself.
 *
 * Under `ticks`, `signals_pending` makes every other thread run its check
 * on every tick until the main thread has run the handlers (CPython 2's
 * signal storm); under `timed` the main thread waits for the GIL like any
 * thread (CPython 3).
 *
 * The counters, the wakeup fd and the pointer to the interpreter whose
 * main thread handles signals are the one piece of process-wide mutable
 * state: a C signal handler has no other way to reach the interpreter.
 * Only one interpreter (the first) handles signals, as in CPython.
 */
#ifndef GP_SIGNALS_H
#define GP_SIGNALS_H

#include <signal.h>

#include "state.h"

/* Make in's main thread the one signals are delivered to, install the
 * default dispositions (SIGINT raises KeyboardInterrupt, SIGPIPE is
 * ignored) and create in->signal_handlers. */
void gp_signals_install(GpInterp *in);
/* In a forked child: in->main_thread changed to the forking thread,
 * which may have had every signal blocked: unblock them. */
void gp_signals_after_fork(GpInterp *in);
/* Stop delivering to in (before it is freed). */
void gp_signals_uninstall(GpInterp *in);
/* Main thread: run the Python handlers of recorded signals. -1 if one
 * raised (the rest stay recorded and run at the next check point). */
int gp_signals_run_pending(GpThread *t);

/* CPython's PyErr_CheckSignals: in the main thread, run the handlers of
 * signals already recorded; elsewhere nothing. -1 if one raised. */
int gp_signals_check(GpThread *t);

/* Set the disposition of sig: handler is SIG_DFL or SIG_IGN as ints 0/1,
 * or a callable run in the main thread. 0, or -1 with OSError. */
int gp_signals_set_handler(GpThread *t, int sig, Value handler);
/* The C-level handler, for code that must reinstall it. */
void gp_signals_c_handler(int sig);

/* signal.set_wakeup_fd: the previous fd. */
int gp_signals_set_wakeup_fd(int fd, int warn_on_full_buffer);

/* Keep the arrival time of each signal (for the GIL trace; off by default). */
void gp_signals_record_arrivals(int on);
/* Copy up to max recorded arrivals (time, signal number); their count. */
size_t gp_signals_arrivals(uint64_t *ts, int *sig, size_t max);

/* Signals recorded by the C handler since start (for _gil and the lab). */
uint64_t gp_signals_received(void);
/* Python handler runs since start. */
uint64_t gp_signals_handled(void);

#endif
