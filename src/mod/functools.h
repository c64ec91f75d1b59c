/* functools.h - the types of the _functools module (src/mod/functools*.c). */
#ifndef GP_FUNCTOOLS_H
#define GP_FUNCTOOLS_H

#include "../obj/abstract.h"
#include "../obj/object.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

extern GpType gp_partial_type, gp_keywrapper_type, gp_lru_cache_type;

#endif
