/* thread_impl.h - shared by the files of the _thread module. */
#ifndef GP_THREAD_IMPL_H
#define GP_THREAD_IMPL_H

#include <semaphore.h>

#include "../obj/object.h"

extern GpType gp_lock_type, gp_rlock_type, gp_local_type;

/* A new unlocked _thread.lock. */
Value gp_lock_new(GpThread *t);
/* lock.release(); -1 with RuntimeError if it was not locked. */
int gp_lock_release(GpThread *t, Value lock);
/* Wait on a semaphore with the GIL released: timeout_ns -1 forever, 0 no
 * wait. 1 acquired, 0 timed out, -1 an exception (a signal handler raised). */
int gp_sem_acquire(GpThread *t, sem_t *sem, int64_t timeout_ns);

#endif
