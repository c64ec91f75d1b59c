/* object.h - the object header, type objects and their slots.
 *
 * Every heap value starts with a GpObj header holding its type. The header
 * is one word: mark and allocation bits live in the heap's side bitmaps
 * (mem/heap.h), so marking never writes to objects.
 *
 * A type is an object whose slots are C function pointers, as in CPython:
 * the VM and the abstract API (obj/abstract.h) call slots, never look at
 * type names. Builtin types are static C structs, initialised once per
 * process (gp_types_init) and immutable afterwards, so several interpreters
 * can share them; their dicts, method descriptors and name strings are
 * immortal objects outside every interpreter's heap. Classes are heap types
 * whose slots dispatch to the dunder methods found in their MRO.
 *
 * Conventions for every C function that takes a GpThread *t:
 *   - a Value result of VNULL means an exception is set in t->exc;
 *   - an int result of -1 means an exception is set (0/1 otherwise);
 *   - t may be NULL only during process-wide initialisation (immortal
 *     allocation, where nothing can raise).
 */
#ifndef GP_OBJECT_H
#define GP_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct GpObj GpObj;
typedef struct GpType GpType;
typedef struct GpThread GpThread;
typedef struct GpInterp GpInterp;
typedef struct GpGc GpGc;

struct GpObj {
    GpType *type;
};

/* Binary operators, in the order of AstOperator (lang/ast.h). */
enum {
    GP_OP_ADD, GP_OP_SUB, GP_OP_MUL, GP_OP_MATMUL, GP_OP_TRUEDIV, GP_OP_MOD, GP_OP_POW,
    GP_OP_LSHIFT, GP_OP_RSHIFT, GP_OP_OR, GP_OP_XOR, GP_OP_AND, GP_OP_FLOORDIV,
    GP_OP_COUNT
};
/* Unary operators. */
enum { GP_UOP_NEG, GP_UOP_POS, GP_UOP_INVERT, GP_UOP_ABS };
/* Rich comparisons, numbered as CPython's Py_LT..Py_GE. */
enum { GP_LT, GP_LE, GP_EQ, GP_NE, GP_GT, GP_GE };

/* Builtin functions and methods all use the vectorcall convention: nargs
 * positional arguments, then one value per name in the kwnames tuple
 * (VNULL when there are no keyword arguments). `self` is the bound object
 * for methods, the module for module functions. */
typedef Value (*GpCFunc)(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames);

/* Calling any callable: `callable` is the callable itself. */
typedef Value (*GpCallSlot)(GpThread *t, Value callable, const Value *args, size_t nargs, Value kwnames);

enum {
    GP_METH_STATIC = 1 << 0, /* staticmethod: no self */
    GP_METH_CLASS = 1 << 1,  /* classmethod: self is the type */
    GP_METH_NOKW = 1 << 2,   /* keyword arguments rejected before the call */
};

typedef struct GpMethodDef {
    const char *name;
    GpCFunc fn;
    int flags;
} GpMethodDef;

typedef struct GpGetSetDef {
    const char *name;
    Value (*get)(GpThread *t, Value self);
    int (*set)(GpThread *t, Value self, Value v); /* NULL: read-only; v VNULL: delete */
} GpGetSetDef;

/* Type flags. The *_SUB flags make "is this a (subclass of) list" one
 * bit test, as CPython's Py_TPFLAGS_*_SUBCLASS do. */
enum {
    GP_TF_BASETYPE = 1 << 0,  /* may be subclassed */
    GP_TF_HEAPTYPE = 1 << 1,  /* created by a class statement */
    GP_TF_INT_SUB = 1 << 2,
    GP_TF_FLOAT_SUB = 1 << 3,
    GP_TF_STR_SUB = 1 << 4,
    GP_TF_BYTES_SUB = 1 << 5,
    GP_TF_TUPLE_SUB = 1 << 6,
    GP_TF_LIST_SUB = 1 << 7,
    GP_TF_DICT_SUB = 1 << 8,
    GP_TF_TYPE_SUB = 1 << 9,
    GP_TF_EXC_SUB = 1 << 10, /* BaseException */
    GP_TF_ABSTRACT = 1 << 11,
    GP_TF_READY = 1 << 12,   /* gp_type_ready has run */
    GP_TF_SET_SUB = 1 << 13, /* set, frozenset */
    GP_TF_HAS_GETATTR_HOOK = 1 << 14, /* heap type defines __getattr__ */
};

struct GpType {
    GpObj hdr;
    const char *name;  /* for heap types, points into the name string object */
    GpType *base;      /* the base whose C layout instances extend */
    /* A second base that adds no C layout, or NULL (nearly always): it
     * joins the MRO after base's own line, as C3 would put it for two
     * single-inheritance chains with a common tail. io.UnsupportedOperation
     * (OSError and ValueError) needs it. */
    GpType *base2;
    Value name_obj;    /* str: __name__ */
    Value qualname;    /* str: __qualname__ */
    Value module;      /* str: __module__, VNULL for builtins ("builtins") */
    Value bases;       /* tuple of types */
    Value mro;         /* tuple of types, self first */
    Value dict;        /* dict: attributes and methods */
    uint32_t flags;
    uint32_t version;  /* changes whenever an attribute of the type or a base changes */
    size_t size;       /* bytes of an instance, header included */
    int32_t dict_offset; /* byte offset of an instance's __dict__ slot, 0 if none */

    Value (*repr)(GpThread *t, Value self);
    Value (*str)(GpThread *t, Value self); /* NULL: same as repr */
    int (*hash)(GpThread *t, Value self, int64_t *out); /* NULL: unhashable */
    /* Returns a value, or NotImplemented; op is GP_LT..GP_GE. */
    Value (*richcmp)(GpThread *t, Value a, Value b, int op);
    int (*truth)(GpThread *t, Value self);  /* NULL: len != 0, or true */
    int64_t (*len)(GpThread *t, Value self); /* -1 on error */
    /* Attribute access; setattr with v == VNULL deletes. */
    Value (*getattr)(GpThread *t, Value self, Value name);
    int (*setattr)(GpThread *t, Value self, Value name, Value v);
    GpCallSlot call;
    Value (*iter)(GpThread *t, Value self);
    /* next: VNULL with no exception set means exhausted (no StopIteration
     * object is created on the fast path). */
    Value (*next)(GpThread *t, Value self);
    Value (*getitem)(GpThread *t, Value self, Value key);
    int (*setitem)(GpThread *t, Value self, Value key, Value v); /* v VNULL: delete */
    int (*contains)(GpThread *t, Value self, Value item);        /* NULL: iterate */
    /* Numbers. binop receives the operands in source order whichever of
     * them has this type, and returns NotImplemented when it cannot handle
     * them; inplace may be NULL (falls back to binop). */
    Value (*binop)(GpThread *t, int op, Value a, Value b);
    Value (*inplace)(GpThread *t, int op, Value a, Value b);
    Value (*unop)(GpThread *t, int op, Value a);
    Value (*index)(GpThread *t, Value self);    /* __index__: an exact int */
    Value (*to_int)(GpThread *t, Value self);   /* __int__ */
    Value (*to_float)(GpThread *t, Value self); /* __float__ */
    /* Descriptors: obj is VNULL when looked up on the class. */
    Value (*descr_get)(GpThread *t, Value descr, Value obj, Value type);
    int (*descr_set)(GpThread *t, Value descr, Value obj, Value v);
    /* Construction: type(...) calls new_ (with the type as `callable`),
     * then init if the result is an instance of the type. */
    GpCallSlot new_;
    int (*init)(GpThread *t, Value self, const Value *args, size_t nargs, Value kwnames);
    /* Memory: trace marks every Value the object holds (gc_mark in
     * mem/heap.h); finalize frees malloc'd buffers when the object dies. */
    void (*trace)(GpGc *gc, GpObj *self);
    void (*finalize)(GpInterp *interp, GpObj *self);

    const GpMethodDef *methods;
    const GpGetSetDef *getsets;
    const char *doc;
};

/* Every static type registers itself with GP_REGISTER_TYPE(var) in its
 * file: the pointers land in one linker section, which gp_types_init walks
 * to ready them all, so no central list can forget a type. */
#define GP_REGISTER_TYPE(T) \
    static GpType *const gp_typereg_##T __attribute__((used, section("gp_types"))) = &(T)

static inline GpType *v_type_of_obj(Value v) { return v_obj(v)->type; }

/* The static builtin types (defined in obj/ *.c). */
extern GpType gp_type_type, gp_object_type, gp_none_type, gp_notimpl_type, gp_ellipsis_type;
extern GpType gp_int_type, gp_bool_type, gp_float_type;
extern GpType gp_str_type, gp_bytes_type, gp_bytearray_type;
extern GpType gp_tuple_type, gp_list_type, gp_dict_type, gp_set_type, gp_frozenset_type;
extern GpType gp_range_type, gp_slice_type;
extern GpType gp_function_type, gp_code_type, gp_cell_type, gp_builtin_type, gp_method_type;
extern GpType gp_module_type;

/* The singletons, static and immortal. */
extern GpObj gp_none_obj, gp_true_obj, gp_false_obj, gp_notimpl_obj, gp_ellipsis_obj;
#define V_NONE v_from_obj(&gp_none_obj)
#define V_TRUE v_from_obj(&gp_true_obj)
#define V_FALSE v_from_obj(&gp_false_obj)
#define V_NOTIMPL v_from_obj(&gp_notimpl_obj)
#define V_ELLIPSIS v_from_obj(&gp_ellipsis_obj)
static inline Value v_bool(int b) { return b ? V_TRUE : V_FALSE; }

static inline GpType *v_type(Value v) {
    if (v_is_ptr(v)) return v_obj(v)->type;
    return v_is_int(v) ? &gp_int_type : &gp_float_type;
}

/* Exact type test, and subclass test through a fast flag. */
static inline int v_is_type(Value v, const GpType *type) { return v_is_obj(v) && v_obj(v)->type == type; }
static inline int v_has_flag(Value v, uint32_t flag) { return (v_type(v)->flags & flag) != 0; }

#define GP_OBJ_AS(T, v) ((T *)v_obj(v))

#endif
