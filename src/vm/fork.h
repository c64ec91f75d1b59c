/* fork.h - os.fork for a threaded interpreter (see fork.c). */
#ifndef GP_FORK_H
#define GP_FORK_H

#include "state.h"

/* Fork the process; the child continues with only the calling thread.
 * The child's pid in the parent, 0 in the child, -1 with OSError. */
int64_t gp_fork(GpThread *t);
/* os.register_at_fork: any of the three may be VNULL. */
int gp_register_at_fork(GpThread *t, Value before, Value after_in_parent, Value after_in_child);

#endif
