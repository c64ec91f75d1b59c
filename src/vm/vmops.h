/* vmops.h - the out-of-line parts of instructions (vmops.c, gen.c): slow
 * paths and rare operations, kept out of the eval loop's body so that
 * the loop stays small. */
#ifndef GP_VMOPS_H
#define GP_VMOPS_H

#include "../lang/bytecode.h"
#include "state.h"

static inline int vm_cmp_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case GP_LT: return x < y;
    case GP_LE: return x <= y;
    case GP_EQ: return x == y;
    case GP_NE: return x != y;
    case GP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int vm_cmp_f64(double x, double y, int op) {
    switch (op) {
    case GP_LT: return x < y;
    case GP_LE: return x <= y;
    case GP_EQ: return x == y;
    case GP_NE: return x != y;
    case GP_GT: return x > y;
    default: return x >= y;
    }
}

Value vm_binop(GpThread *t, int op, Value a, Value b, int inplace);
Value vm_getattr(GpThread *t, Value obj, Value name, Instr *cache);
int vm_setattr(GpThread *t, Value obj, Value name, Value v, Instr *cache);
/* out[0] = method or attribute, out[1] = self or VNULL. */
int vm_load_method(GpThread *t, Value obj, Value name, Value *out, Instr *cache);
Value vm_make_function(GpThread *t, GpFrame *f, GpCode *code, unsigned flags, const Value *extras);
int vm_list_extend(GpThread *t, Value list, Value iterable, Value callee);
int vm_set_update(GpThread *t, Value set, Value iterable);
int vm_dict_update(GpThread *t, Value dict, Value other, unsigned call_form, Value callee);
int vm_unpack(GpThread *t, Value seq, Value *out, unsigned n);
int vm_unpack_ex(GpThread *t, Value seq, Value *out, unsigned before, unsigned after);
int vm_exc_match(GpThread *t, Value exc, Value cls);
void vm_raise(GpThread *t, Value exc, Value cause, int has_cause);
Value vm_import_from(GpThread *t, Value module, Value name);
int vm_import_star(GpThread *t, Value module, Value ns);
int vm_print_expr(GpThread *t, Value v, Value builtins);
Value vm_format_value(GpThread *t, Value v, int conversion, Value spec);
Value vm_build_string(GpThread *t, const Value *parts, unsigned n);
Value vm_setup_annotations(GpThread *t, GpFrame *f);
int vm_with_enter(GpThread *t, Value mgr, Value *out);
Value vm_with_exit(GpThread *t, Value exit_fn, Value exc);

/* Generators (gen.c). */
void vm_gen_suspend(GpThread *t, GpFrame *f, int in_yieldfrom);
void vm_gen_finished(GpThread *t, GpFrame *f);
Value vm_yield_from_step(GpThread *t, GpFrame *f, Value iter, int *done);

#endif
