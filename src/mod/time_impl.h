/* time_impl.h - the parts of the time module, shared by src/mod/time*.c. */
#ifndef GP_TIME_IMPL_H
#define GP_TIME_IMPL_H

#include "../obj/object.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

/* OverflowError "timestamp out of range for platform time_t". */
Value gp_time_overflow(GpThread *t);

/* time_tm.c */
extern GpType gp_struct_time_type;
Value gp_time_gmtime(ARGS);
Value gp_time_localtime(ARGS);
Value gp_time_strftime(ARGS);
Value gp_time_asctime(ARGS);
Value gp_time_ctime(ARGS);
Value gp_time_mktime(ARGS);

#endif
