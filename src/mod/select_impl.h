/* select_impl.h - the select module (select_module.c: select() and the
 * module; select_poll.c: poll objects).
 *
 * Both wait with the GIL released and follow PEP 475: when a signal
 * interrupts the wait, the handlers run (their exception, if any, is
 * raised) and the wait resumes for what is left of the timeout, computed
 * from a deadline fixed before the first wait.
 */
#ifndef GP_SELECT_IMPL_H
#define GP_SELECT_IMPL_H

#include <stdint.h>

#include "../obj/object.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

/* CPython's PyObject_AsFileDescriptor: an int, or the int that the
 * object's fileno() returns; ValueError if negative. */
int select_fd_arg(GpThread *t, Value v, int *out);
/* The monotonic clock in ns. */
int64_t select_now_ns(void);

/* select.poll() */
Value select_poll_new(GpThread *t);
extern GpType gp_select_poll_type;

#endif
