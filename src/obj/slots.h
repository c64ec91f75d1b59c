/* slots.h - connecting dunder methods and C slots, both ways.
 *
 * A class written in Python gets C slots that look up and call its dunder
 * methods (update_slots), so the VM and the abstract API never need to
 * know whether a type is builtin. A builtin type gets "slot wrapper"
 * descriptors in its dict for each slot it defines (`list.__len__`,
 * `object.__init__`, `dict.__setitem__`), so Python code can call them,
 * e.g. through super().
 */
#ifndef GP_SLOTS_H
#define GP_SLOTS_H

#include "object.h"

/* The number of special methods that map to slots: the size of a heap
 * type's dunder cache (GpHeapType.dunders, obj/class.h). */
#define GP_NDUNDERS 73

/* Point type's slots at the dunders found along its MRO (heap types),
 * falling back to the slots of its builtin base, and refill the type's
 * dunder cache. Called when a class is created and whenever one of its
 * dunder attributes, or one of a base's, changes. */
void gp_update_slots(GpType *type);
/* Does `name` (a str) name a dunder that maps to a slot? */
int gp_is_slot_name(Value name);
/* Add slot wrappers for the slots a static type defines itself. */
void gp_add_slot_wrappers(GpType *type);
/* slots_exposed.c: does a core type show operator dunder `name` (1, 0;
 * -1: the type is not listed), or hide a slot dunder it implements? */
int gp_builtin_op_dunder_shown(const GpType *type, const char *name);
int gp_builtin_dunder_hidden(const GpType *type, const char *name);

extern GpType gp_slot_wrapper_type;

/* The Python function that instantiating `type` runs as __init__, when
 * type(...) can be done by allocating a plain instance and calling that
 * function: the metaclass's __call__ is type's, __new__ is object's, and
 * __init__ is a Python function (not a generator). VNULL otherwise. The
 * eval loop then runs __init__ in its own loop (vm/eval.c, CALL). */
Value gp_heap_init_function(GpType *type);

/* Look up a special method on the type of obj (not on obj itself) and
 * call it with obj prepended to args. *found = 0 and VNULL without an
 * exception when the type has no such method. */
Value gp_call_special(GpThread *t, Value obj, const char *name, const Value *args, size_t nargs, int *found);

#endif
