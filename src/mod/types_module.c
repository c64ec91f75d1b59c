/* types_module.c - _types: the C types that lib/types.py cannot reach
 * through an expression (type(x) of something it can make). */
#include "../obj/module.h"

extern GpType gp_namespace_type;

static int types_init(GpThread *t, Value m) {
    return gp_module_add(t, m, "SimpleNamespace", v_from_obj(&gp_namespace_type));
}

const GpModuleDef gp_types_module = {
    "_types",
    NULL,
    types_init,
    "Types used by the types module.",
};
GP_REGISTER_MODULE(gp_types_module);
