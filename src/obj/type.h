/* type.h - type objects: readying builtin types, MRO lookup, generic
 * attribute access, descriptors for builtin methods and getsets. */
#ifndef GP_TYPE_H
#define GP_TYPE_H

#include "object.h"

/* Once per process: ready every static type (dicts, MROs, inherited
 * slots). Safe to call from several threads. */
void gp_types_init(void);

/* Ready one type: set its MRO and dict, inherit slots from its base.
 * t == NULL for static types (immortal dicts). */
int gp_type_ready(GpThread *t, GpType *type);

/* Find `name` (a str) along the MRO of type; VNULL if absent. No error. */
Value gp_type_lookup(const GpType *type, Value name);
Value gp_type_lookup_cstr(const GpType *type, const char *name);

/* object.__getattribute__ / __setattr__, and type's own. */
Value gp_generic_getattr(GpThread *t, Value obj, Value name);
/* Like gp_generic_getattr, but VNULL without exception when missing. */
Value gp_generic_getattr_opt(GpThread *t, Value obj, Value name);
int gp_generic_setattr(GpThread *t, Value obj, Value name, Value v);
/* The instance __dict__ of obj, created on first use; VNULL (no error) if
 * the type has none. */
Value gp_instance_dict(GpThread *t, Value obj);
Value *gp_instance_dict_slot(Value obj);
/* Bytes of the variable part of a tuple, str or bytes (0 for others). */
size_t gp_var_part_size(GpObj *o);

/* A type's name as Python shows it in messages. */
static inline const char *gp_type_name(const GpType *type) { return type->name; }

/* Descriptor types for builtin methods and getsets. */
extern GpType gp_getset_descr_type, gp_classmethod_descr_type, gp_staticmethod_type,
    gp_classmethod_type, gp_property_type;

typedef struct GpGetSetDescr {
    GpObj hdr;
    const GpGetSetDef *def;
    GpType *owner;
} GpGetSetDescr;

/* A getset descriptor for instances of owner (heap types use it for
 * __dict__ and __weakref__). */
Value gp_getset_descr_new(GpThread *t, GpType *owner, const GpGetSetDef *def);

/* A read-only view of a mapping: what type.__dict__ returns. */
extern GpType gp_mappingproxy_type;
Value gp_mappingproxy_new(GpThread *t, Value mapping);

/* Unique version numbers for inline caches. A builtin type's version is
 * fixed at readying; a heap type gets a new one whenever it or a base
 * changes (gp_type_modified). */
void gp_type_modified(GpThread *t, GpType *type);

/* The hash slot of unhashable types (list, dict, set): raises TypeError.
 * A NULL hash slot would be inherited from object. */
int gp_hash_not_implemented(GpThread *t, Value self, int64_t *out);

/* Raise AttributeError "'T' object has no attribute 'name'". */
Value gp_raise_no_attr(GpThread *t, Value obj, Value name);

#endif
