/* slots_exposed.c - which operator dunders each builtin type shows.
 *
 * Why a table: a C type has one binop slot for all binary operators (and
 * one unop slot), so the slot alone cannot say whether float has __and__
 * or str has __radd__. CPython's types show exactly the operators they
 * implement, and dir() of builtin types is compared against CPython's, so
 * the operator dunders of the core types are listed here. Types not
 * listed get every operator of the slots they define (slots.c keeps a
 * heuristic for them). */
#include <string.h>

#include "slots.h"
#include "type.h"

extern GpType gp_dict_keys_type, gp_dict_items_type;

#define INT_OPS                                                                                                 \
    "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __mod__ __rmod__ __pow__ "    \
    "__rpow__ __floordiv__ __rfloordiv__ __neg__ __pos__ __abs__ "
#define BIT_OPS                                                                                                 \
    "__lshift__ __rlshift__ __rshift__ __rrshift__ __or__ __ror__ __xor__ __rxor__ __and__ __rand__ __invert__ "
#define SET_OPS "__and__ __rand__ __or__ __ror__ __sub__ __rsub__ __xor__ __rxor__ "

typedef struct Exposed {
    const GpType *type;
    const char *ops; /* the operator dunders shown, space-separated */
} Exposed;

static const Exposed exposed[] = {
    {&gp_int_type, INT_OPS BIT_OPS},
    {&gp_bool_type, INT_OPS BIT_OPS},
    {&gp_float_type, INT_OPS},
    {&gp_str_type, "__add__ __mul__ __rmul__ __mod__ __rmod__ "},
    {&gp_bytes_type, "__add__ __mul__ __rmul__ __mod__ __rmod__ "},
    {&gp_bytearray_type, "__add__ __mul__ __rmul__ __mod__ __rmod__ __iadd__ __imul__ "},
    {&gp_list_type, "__add__ __mul__ __rmul__ __iadd__ __imul__ "},
    {&gp_tuple_type, "__add__ __mul__ __rmul__ "},
    {&gp_dict_type, "__or__ __ror__ __ior__ "},
    {&gp_mappingproxy_type, "__or__ __ror__ "},
    {&gp_set_type, SET_OPS "__iand__ __ior__ __isub__ __ixor__ "},
    {&gp_frozenset_type, SET_OPS},
    {&gp_dict_keys_type, SET_OPS},
    {&gp_dict_items_type, SET_OPS},
    {&gp_type_type, "__or__ __ror__ "},
    {&gp_range_type, ""},
    {&gp_slice_type, ""},
};

/* Slot dunders a type implements in C but does not show. */
static const Exposed hidden[] = {
    {&gp_builtin_type, "__get__ "}, /* builtin_function_or_method binds through its owner */
};

static int listed(const char *list, const char *name) {
    size_t n = strlen(name);
    for (const char *p = list; (p = strstr(p, name)) != NULL; p += n)
        if ((p == list || p[-1] == ' ') && p[n] == ' ') return 1;
    return 0;
}

int gp_builtin_op_dunder_shown(const GpType *type, const char *name) {
    for (size_t i = 0; i < sizeof exposed / sizeof exposed[0]; i++)
        if (exposed[i].type == type) return listed(exposed[i].ops, name);
    return -1;
}

int gp_builtin_dunder_hidden(const GpType *type, const char *name) {
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
        if (hidden[i].type == type && listed(hidden[i].ops, name)) return 1;
    return 0;
}
