/* signals.h - signal delivery to the interpreter.
 *
 * The C handler only records the signal in async-signal-safe flags and
 * sets the main thread's eval-breaker bit; the main thread runs the
 * Python-level handling between instructions. These flags are the one
 * piece of process-wide mutable state (a C signal handler has no other
 * way to reach the interpreter). */
#ifndef GP_SIGNALS_H
#define GP_SIGNALS_H

#include "state.h"

/* Install the default handlers (SIGINT raises KeyboardInterrupt) and make
 * interp's main thread the one signals are delivered to. */
void gp_signals_install(GpInterp *in);
/* Main thread: handle recorded signals. -1 if handling raised. */
int gp_signals_run_pending(GpThread *t);

#endif
