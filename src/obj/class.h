/* class.h - classes created by the class statement or type(name, bases, ns). */
#ifndef GP_CLASS_H
#define GP_CLASS_H

#include "object.h"
#include "slots.h"

/* gp_type_lookup's memo for a class (obj/type.c): name -> what the MRO
 * holds for it (VNULL: nothing), valid while the class keeps `version`.
 * Inline caches are monomorphic; this serves the sites that see several
 * classes (a method of a base called on instances of two subclasses) and
 * every other lookup, absent names included (an instance attribute is
 * absent from the MRO). Entries are traced, so a cached name cannot die
 * and be reborn at the same address as another string. */
#define GP_TYPE_CACHE_SIZE 32
typedef struct GpTypeCacheEntry {
    Value name, value;
    uint64_t version;
} GpTypeCacheEntry;

/* A heap type: a GpType plus what only classes have.
 *
 * dunders[] caches, for each special method that maps to a slot, what
 * the slot functions would find along the MRO (slots.c, dunder_lookup):
 * the slot functions run on every operator, call and iteration step of an
 * instance, and a string-keyed scan of each class dict in the MRO each time
 * would dominate them. The cache is rebuilt by gp_update_slots, which runs
 * whenever a special method of the class or of one of its bases is set or
 * deleted (gp_heap_type_modified); other attributes cannot change it. */
typedef struct GpHeapType {
    GpType type;
    Value subclasses; /* list of direct subclasses (to propagate changes) */
    Value slots;      /* the __slots__ tuple, or VNULL */
    Value dunders[GP_NDUNDERS];
    GpTypeCacheEntry lookup_cache[GP_TYPE_CACHE_SIZE];
    /* The most attributes an instance dict of this class has been seen to
     * hold: new instance dicts get room for that many (vm/vmattr.c), so
     * building an instance allocates its dict's table once, inside it. */
    uint32_t attr_hint;
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

/* A __slots__ member: the value lives at `offset` bytes into instances
 * of owner (VNULL while unset). */
typedef struct GpMemberDescr {
    GpObj hdr;
    GpType *owner;
    Value name;
    size_t offset;
} GpMemberDescr;

/* Descriptors (descr.c). */
typedef struct GpProperty {
    GpObj hdr;
    Value fget, fset, fdel, doc, name; /* VNULL when absent */
    Value dict;
} GpProperty;

extern GpType gp_staticmethod_type, gp_classmethod_type, gp_property_type, gp_super_type, gp_member_descr_type;
Value gp_staticmethod_new(GpThread *t, Value fn);
/* What super object sup finds for name (a str) after its class in the
 * MRO, unbound, with *self the instance it is bound to (VNULL when sup is
 * bound to a class or to nothing); VNULL without an exception when it
 * finds nothing. */
Value gp_super_lookup(GpThread *t, Value sup, Value name, Value *self);
Value gp_classmethod_new(GpThread *t, Value fn);

#endif
