/* class.h - classes created by the class statement or type(name, bases, ns). */
#ifndef GP_CLASS_H
#define GP_CLASS_H

#include "object.h"

/* A heap type: a GpType plus what only classes have. */
typedef struct GpHeapType {
    GpType type;
    Value subclasses; /* list of direct subclasses (to propagate changes) */
    Value slots;      /* the __slots__ tuple, or VNULL */
} GpHeapType;

/* type.__new__(meta, name, bases, ns, **kwds) */
Value gp_class_new(GpThread *t, Value meta, const Value *args, size_t nargs, Value kwnames);
/* builtins.__build_class__ */
Value gp_build_class(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames);
/* A class attribute was set or deleted: new versions for it and its
 * subclasses, and new slots if the name is a dunder. */
void gp_heap_type_modified(GpThread *t, GpType *type, Value name);
/* type.__subclasses__(): a new list of the direct subclasses. */
Value gp_class_subclasses(GpThread *t, GpType *type);
/* Whether two heap types declare the same __slots__ (for __class__ assignment). */
int gp_class_same_slots(GpType *a, GpType *b);
void gp_heap_type_trace(GpGc *gc, GpType *type);

/* Descriptors (descr.c). */
extern GpType gp_staticmethod_type, gp_classmethod_type, gp_property_type, gp_super_type, gp_member_descr_type;
Value gp_staticmethod_new(GpThread *t, Value fn);
Value gp_classmethod_new(GpThread *t, Value fn);

#endif
