/* import.c - importing modules written in Python from sys.path. */
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "error.h"
#include "state.h"

Value gp_import_source(GpThread *t, Value name) {
    Value msg = gp_format(t, "No module named %R", name);
    if (!msg) return VNULL;
    Value e = gp_exc_new(t, &gp_ModuleNotFoundError, gp_tuple_pack(t, 1, msg));
    if (!e) return VNULL;
    gp_exc_set_attr(t, e, "name", name);
    gp_exc_restore(t, e);
    return VNULL;
}
