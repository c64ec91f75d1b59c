/* thread.h - starting and ending Python threads.
 *
 * Each Python thread is an OS thread with its own GpThread. The creating
 * thread (holding the GIL) builds the new thread state, registers it with
 * the interpreter and the GIL, and stores what to run in t->boot, where
 * the collector sees it. The new thread blocks every signal (handlers run
 * in the main thread only), takes the GIL, records its C stack bounds and
 * calls the callable through the ordinary call path. When it returns, the
 * thread releases its sentinel lock (what Thread.join waits on), leaves
 * the interpreter's thread list with the GIL still held, releases the
 * GIL for the last time and frees its state.
 */
#ifndef GP_THREAD_H
#define GP_THREAD_H

#include "state.h"

/* Start callable(*args, **kwargs) (args a tuple, kwargs a dict or VNULL)
 * in a new thread; its ident in *ident. -1 with an exception set. */
int gp_thread_start(GpThread *t, Value callable, Value args, Value kwargs, uint64_t *ident);

/* At the end of the main program: run threading._shutdown() when the
 * threading module was imported (it joins the non-daemon threads), then
 * mark the interpreter finalizing so that the others stop at their next
 * GIL acquisition. Returns 1 if threads other than the main one are still
 * registered (daemon threads), else 0. */
int gp_threads_finalize(GpThread *t);

#endif
