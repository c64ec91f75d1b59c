/* object_methods.h - methods and attributes of object, type and module
 * that live outside type.c: the pickle protocol (object_reduce.c), dir()
 * support with __sizeof__ (object_dir.c), and type's less common
 * attributes (type_attrs.c). Methods have the GpCFunc signature. */
#ifndef GP_OBJECT_METHODS_H
#define GP_OBJECT_METHODS_H

#include "object.h"

Value gp_object_reduce_ex(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);
Value gp_object_reduce(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);
Value gp_object_getstate(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);

/* object.__dir__: the instance __dict__'s keys, then those of its class
 * and the class's bases, recursively (unsorted, as CPython). */
Value gp_object_dir(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);
/* type.__dir__: the class's and its bases' attribute names. */
Value gp_type_dir(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);
/* module.__dir__: the module dict's __dir__() if it has one, else its keys. */
Value gp_module_dir(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);
Value gp_object_sizeof(GpThread *t, Value self, const Value *args, size_t nargs, Value kw);

/* type_attrs.c: getsets and methods of type. */
Value gp_type_get_annotations(GpThread *t, Value self);
int gp_type_set_annotations(GpThread *t, Value self, Value v);
Value gp_type_get_abstractmethods(GpThread *t, Value self);
int gp_type_set_abstractmethods(GpThread *t, Value self, Value v);
Value gp_type_get_basicsize(GpThread *t, Value self);
Value gp_type_get_dictoffset(GpThread *t, Value self);
Value gp_type_get_zero(GpThread *t, Value self); /* __itemsize__, __weakrefoffset__ */
Value gp_type_get_flags(GpThread *t, Value self);
Value gp_type_get_text_signature(GpThread *t, Value self);
Value gp_type_get_type_params(GpThread *t, Value self);
int gp_type_set_type_params(GpThread *t, Value self, Value v);
Value gp_type_prepare(GpThread *t, Value cls, const Value *args, size_t nargs, Value kw);
/* type's binop slot: X | Y makes a union. */
Value gp_type_binop(GpThread *t, int op, Value a, Value b);

#endif
