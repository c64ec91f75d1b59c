/* builtin_iters.h - the iterator types of the builtins: enumerate, zip,
 * map, filter, reversed. */
#ifndef GP_BUILTIN_ITERS_H
#define GP_BUILTIN_ITERS_H

#include "object.h"

extern GpType gp_enumerate_type, gp_zip_type, gp_map_type, gp_filter_type, gp_reversed_type;

#endif
