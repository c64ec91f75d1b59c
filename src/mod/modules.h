/* modules.h - the builtin modules defined in src/mod/. */
#ifndef GP_MODULES_H
#define GP_MODULES_H

#include "../obj/module.h"

extern const GpModuleDef gp_math_module;
extern const GpModuleDef gp_time_module;
#define GP_HAVE_MATH_TIME 1

#endif
