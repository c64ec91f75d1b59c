/* gil_hooks.c - the interpreter side of the GIL. Until threads exist the
 * interpreter runs one thread and the lock has nothing to do. */
#include "gil_hooks.h"

void gp_gil_release_for_blocking(GpThread *t) { (void)t; }
void gp_gil_acquire_after_blocking(GpThread *t) { (void)t; }
