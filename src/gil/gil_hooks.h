/* gil_hooks.h - how the interpreter takes and releases its GIL. With a
 * single thread there is nothing to arbitrate: the hooks do nothing until
 * a second thread starts (see src/gil/). */
#ifndef GP_GIL_HOOKS_H
#define GP_GIL_HOOKS_H

#include "../vm/state.h"

void gp_gil_release_for_blocking(GpThread *t);
void gp_gil_acquire_after_blocking(GpThread *t);

#endif
