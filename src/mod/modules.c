/* modules.c - the table of builtin modules importable by name. */
#include "../obj/module.h"
#include "modules.h"

extern const GpModuleDef gp_builtins_module, gp_sys_module;

const GpModuleDef *const gp_builtin_modules[] = {
    &gp_builtins_module,
    &gp_sys_module,
#ifdef GP_HAVE_MATH_TIME
    &gp_math_module,
    &gp_time_module,
#endif
    NULL,
};
