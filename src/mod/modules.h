/* modules.h - the builtin modules defined in src/mod/. */
#ifndef GP_MODULES_H
#define GP_MODULES_H

#include "../obj/module.h"

extern const GpModuleDef gp_math_module, gp_time_module;

#endif
