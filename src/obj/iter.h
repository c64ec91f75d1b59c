/* iter.h - generic iterators: over any object with __getitem__ (the old
 * sequence protocol), and iter(callable, sentinel). */
#ifndef GP_ITER_H
#define GP_ITER_H

#include "object.h"

extern GpType gp_seqiter_type, gp_calliter_type;
Value gp_seqiter_new(GpThread *t, Value seq);
Value gp_calliter_new(GpThread *t, Value callable, Value sentinel);

#endif
