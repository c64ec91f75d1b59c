/* fork_module.c - _fork: os.fork and os.register_at_fork (lib/os.py
 * re-exports them), built on the thread runtime's gp_fork (vm/fork.c). */
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/fork.h"
#include "../vm/state.h"

static Value m_fork(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "fork", nargs, 0, 0) < 0) return VNULL;
    int64_t pid = gp_fork(t);
    return pid < 0 ? VNULL : gp_int_from_i64(t, pid);
}

static Value m_register_at_fork(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)self;
    static const char *const names[] = {"before", "after_in_child", "after_in_parent"};
    GpArgSpec spec = {"register_at_fork", names, 3, 0, 0, 0};
    Value a[3];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    if (!a[0] && !a[1] && !a[2]) return gp_raise(t, &gp_TypeError, "At least one argument is required.");
    for (int i = 0; i < 3; i++) {
        if (a[i] == V_NONE) a[i] = VNULL;
        if (a[i] && !gp_callable(a[i]))
            return gp_raise(t, &gp_TypeError, "'%s' must be callable, not %s", names[i], v_type(a[i])->name);
    }
    if (gp_register_at_fork(t, a[0], a[2], a[1]) < 0) return VNULL;
    return V_NONE;
}

static const GpMethodDef fork_methods[] = {
    {"fork", m_fork, 0},
    {"register_at_fork", m_register_at_fork, 0},
    {NULL, NULL, 0},
};

const GpModuleDef gp_fork_module = {
    "_fork",
    fork_methods,
    NULL,
    "os.fork and os.register_at_fork for gilpy's thread runtime.",
};
GP_REGISTER_MODULE(gp_fork_module);
