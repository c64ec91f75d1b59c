/* module.h - module objects and the table of builtin modules. */
#ifndef GP_MODULE_H
#define GP_MODULE_H

#include "object.h"

typedef struct GpModule {
    GpObj hdr;
    Value dict;
    Value name;
    /* Set while the module's code runs (CPython's __spec__._initializing),
     * so a failed attribute lookup can blame a circular import. */
    uint8_t initializing;
} GpModule;

/* Whether v is a module whose code is still running. */
int gp_module_initializing(Value v);

/* A builtin module: its functions and an init hook that adds constants
 * and types to the module's dict. */
typedef struct GpModuleDef {
    const char *name;
    const GpMethodDef *methods;
    int (*init)(GpThread *t, Value module);
    const char *doc;
} GpModuleDef;

Value gp_module_new(GpThread *t, Value name);
/* Create a builtin module from its definition (not registered anywhere). */
Value gp_module_from_def(GpThread *t, const GpModuleDef *def);
/* sys.modules lookup, then builtin modules, then .py files on sys.path. */
Value gp_import(GpThread *t, Value name, Value fromlist, int level, Value globals);
const GpModuleDef *gp_find_builtin_module(const char *name);
/* Every builtin module registers itself with GP_REGISTER_MODULE(def) in
 * its own file: the pointers land in one linker section that the import
 * machinery walks, so adding a module touches no shared table. */
#define GP_REGISTER_MODULE(D) \
    static const GpModuleDef *const gp_modreg_##D __attribute__((used, section("gp_modules"))) = &(D)
/* Calls fn for every registered builtin module (for sys.builtin_module_names). */
void gp_builtin_modules_each(void (*fn)(const GpModuleDef *def, void *arg), void *arg);

/* Add a value to a module's namespace. */
int gp_module_add(GpThread *t, Value module, const char *name, Value v);
int gp_module_add_int(GpThread *t, Value module, const char *name, int64_t v);

#endif
