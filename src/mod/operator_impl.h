/* operator_impl.h - the parts of the operator module, shared by
 * src/mod/operator*.c. */
#ifndef GP_OPERATOR_IMPL_H
#define GP_OPERATOR_IMPL_H

#include "../obj/object.h"

/* operator_getters.c: the callable types. */
extern GpType gp_operator_itemgetter_type, gp_operator_attrgetter_type, gp_operator_methodcaller_type;

#endif
