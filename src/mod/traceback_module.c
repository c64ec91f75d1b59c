/* traceback_module.c - _traceback: the interpreter's own exception report
 * (vm/traceback.c, CPython's format) for lib/traceback.py and threading's
 * excepthook. */
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/module.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"

static Value m_format_exception(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    if (gp_check_no_kw(t, "format_exception", kw) < 0 || gp_check_nargs(t, "format_exception", nargs, 1, 1) < 0)
        return VNULL;
    if (!v_has_flag(args[0], GP_TF_EXC_SUB))
        return gp_raise(t, &gp_TypeError, "format_exception() argument must be an exception, not %s",
                        v_type(args[0])->name);
    return gp_format_exception(t, args[0]);
}

static const GpMethodDef traceback_methods[] = {
    {"format_exception", m_format_exception, 0},
    {NULL, NULL, 0},
};

const GpModuleDef gp_traceback_module = {
    "_traceback",
    traceback_methods,
    NULL,
    "The interpreter's exception reports, as CPython prints them.",
};
GP_REGISTER_MODULE(gp_traceback_module);
