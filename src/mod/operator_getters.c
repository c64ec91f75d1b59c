/* operator_getters.c - itemgetter, attrgetter and methodcaller: callable
 * objects that fetch items or attributes of, or call a method on, their
 * one argument. Everything they need is computed once at construction
 * (attribute paths split at the dots, call arguments laid out for a
 * vectorcall), so a call does no parsing. */
#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "operator_impl.h"

#define CALL_ARGS GpThread *t, Value callable, const Value *args, size_t nargs, Value kw

/* The checks of a call: one positional argument, no keywords. */
static int one_arg(GpThread *t, const char *name, size_t nargs, Value kw) {
    if (gp_check_no_kw(t, name, kw) < 0) return -1;
    return gp_check_positional(t, name, nargs, 1, 1);
}

/* "operator.itemgetter(1)" for one item or name, else
 * "operator.itemgetter(1, 2)" from the tuple's own repr. */
static Value getter_repr(GpThread *t, Value self, Value items) {
    int r = gp_repr_enter(t, self);
    if (r < 0) return VNULL;
    const char *name = v_type(self)->name;
    if (r > 0) return gp_format(t, "%s(...)", name);
    Value s = gp_tuple_len(items) == 1 ? gp_format(t, "%s(%R)", name, gp_tuple_items(items)[0])
                                       : gp_format(t, "%s%R", name, items);
    gp_repr_leave(t, self);
    return s;
}

/* ---- itemgetter(item, *items) */

typedef struct ItemGetter {
    GpObj hdr;
    Value items; /* tuple */
} ItemGetter;

static Value itemgetter_new(CALL_ARGS) {
    if (gp_check_no_kw(t, "itemgetter", kw) < 0 || (!nargs && gp_check_positional(t, "itemgetter", nargs, 1, 1) < 0))
        return VNULL;
    Value items = gp_tuple_from(t, args, nargs);
    if (!items) return VNULL;
    ItemGetter *g = gp_alloc(t, (GpType *)v_obj(callable), sizeof(ItemGetter));
    if (!g) return VNULL;
    g->items = items;
    return v_from_obj(g);
}

static Value itemgetter_call(CALL_ARGS) {
    if (one_arg(t, "itemgetter", nargs, kw) < 0) return VNULL;
    ItemGetter *g = (ItemGetter *)v_obj(callable);
    size_t n = gp_tuple_len(g->items);
    if (n == 1) return gp_getitem(t, args[0], gp_tuple_items(g->items)[0]);
    Value result = gp_tuple_new(t, n);
    if (!result) return VNULL;
    for (size_t i = 0; i < n; i++) {
        Value v = gp_getitem(t, args[0], gp_tuple_items(g->items)[i]);
        if (!v) return VNULL;
        gp_tuple_items(result)[i] = v;
    }
    return result;
}

static Value itemgetter_repr(GpThread *t, Value self) {
    return getter_repr(t, self, ((ItemGetter *)v_obj(self))->items);
}

static void itemgetter_trace(GpGc *gc, GpObj *self) { gc_mark(gc, ((ItemGetter *)self)->items); }

GpType gp_operator_itemgetter_type = {
    .hdr = {&gp_type_type},
    .name = "operator.itemgetter",
    .base = &gp_object_type,
    .size = sizeof(ItemGetter),
    .repr = itemgetter_repr,
    .call = itemgetter_call,
    .new_ = itemgetter_new,
    .trace = itemgetter_trace,
    .doc = "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
};

/* ---- attrgetter(attr, *attrs) */

typedef struct AttrGetter {
    GpObj hdr;
    Value names; /* tuple of the names as given, for the repr */
    Value paths; /* tuple: per name, a tuple of interned parts ("a.b" -> ("a", "b")) */
} AttrGetter;

static Value split_path(GpThread *t, Value name) {
    const char *s = gp_str_data(name);
    size_t n = gp_str_nbytes(name), parts = 1;
    for (size_t i = 0; i < n; i++) parts += s[i] == '.';
    Value path = gp_tuple_new(t, parts);
    if (!path) return VNULL;
    size_t start = 0, k = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '.') continue;
        Value part = gp_str_new(t, s + start, i - start);
        if (!part || !(part = gp_str_intern(t, part))) return VNULL;
        gp_tuple_items(path)[k++] = part;
        start = i + 1;
    }
    return path;
}

static Value attrgetter_new(CALL_ARGS) {
    if (gp_check_no_kw(t, "attrgetter", kw) < 0 || (!nargs && gp_check_positional(t, "attrgetter", nargs, 1, 1) < 0))
        return VNULL;
    Value names = gp_tuple_from(t, args, nargs);
    Value paths = names ? gp_tuple_new(t, nargs) : VNULL;
    if (!paths) return VNULL;
    for (size_t i = 0; i < nargs; i++) {
        if (!gp_is_str(args[i])) return gp_raise(t, &gp_TypeError, "attribute name must be a string");
        Value path = split_path(t, args[i]);
        if (!path) return VNULL;
        gp_tuple_items(paths)[i] = path;
    }
    AttrGetter *g = gp_alloc(t, (GpType *)v_obj(callable), sizeof(AttrGetter));
    if (!g) return VNULL;
    g->names = names;
    g->paths = paths;
    return v_from_obj(g);
}

static Value get_path(GpThread *t, Value obj, Value path) {
    for (size_t i = 0; i < gp_tuple_len(path) && obj; i++) obj = gp_getattr(t, obj, gp_tuple_items(path)[i]);
    return obj;
}

static Value attrgetter_call(CALL_ARGS) {
    if (one_arg(t, "attrgetter", nargs, kw) < 0) return VNULL;
    AttrGetter *g = (AttrGetter *)v_obj(callable);
    size_t n = gp_tuple_len(g->paths);
    if (n == 1) return get_path(t, args[0], gp_tuple_items(g->paths)[0]);
    Value result = gp_tuple_new(t, n);
    if (!result) return VNULL;
    for (size_t i = 0; i < n; i++) {
        Value v = get_path(t, args[0], gp_tuple_items(g->paths)[i]);
        if (!v) return VNULL;
        gp_tuple_items(result)[i] = v;
    }
    return result;
}

static Value attrgetter_repr(GpThread *t, Value self) {
    return getter_repr(t, self, ((AttrGetter *)v_obj(self))->names);
}

static void attrgetter_trace(GpGc *gc, GpObj *self) {
    gc_mark(gc, ((AttrGetter *)self)->names);
    gc_mark(gc, ((AttrGetter *)self)->paths);
}

GpType gp_operator_attrgetter_type = {
    .hdr = {&gp_type_type},
    .name = "operator.attrgetter",
    .base = &gp_object_type,
    .size = sizeof(AttrGetter),
    .repr = attrgetter_repr,
    .call = attrgetter_call,
    .new_ = attrgetter_new,
    .trace = attrgetter_trace,
    .doc = "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
};

/* ---- methodcaller(name, /, *args, **kwargs) */

typedef struct MethodCaller {
    GpObj hdr;
    Value name;    /* interned str */
    Value argv;    /* tuple: the positional arguments, then the keyword values */
    Value kwnames; /* tuple of the keyword names, VNULL if none */
    size_t npos;
} MethodCaller;

static Value methodcaller_new(CALL_ARGS) {
    if (nargs < 1) return gp_raise(t, &gp_TypeError, "methodcaller needs at least one argument, the method name");
    if (!gp_is_str(args[0])) return gp_raise(t, &gp_TypeError, "method name must be a string");
    Value name = gp_str_intern(t, gp_str_exact(t, args[0]));
    size_t nkw = kw ? gp_tuple_len(kw) : 0;
    Value argv = name ? gp_tuple_from(t, args + 1, nargs - 1 + nkw) : VNULL;
    Value kwnames = argv && nkw ? gp_tuple_from(t, gp_tuple_items(kw), nkw) : VNULL;
    if (!argv || (nkw && !kwnames)) return VNULL;
    MethodCaller *m = gp_alloc(t, (GpType *)v_obj(callable), sizeof(MethodCaller));
    if (!m) return VNULL;
    m->name = name;
    m->argv = argv;
    m->kwnames = kwnames;
    m->npos = nargs - 1;
    return v_from_obj(m);
}

static Value methodcaller_call(CALL_ARGS) {
    if (one_arg(t, "methodcaller", nargs, kw) < 0) return VNULL;
    MethodCaller *m = (MethodCaller *)v_obj(callable);
    Value method = gp_getattr(t, args[0], m->name);
    if (!method) return VNULL;
    return gp_call(t, method, gp_tuple_items(m->argv), m->npos, m->kwnames);
}

/* operator.methodcaller('f', 1, k=2) */
static Value methodcaller_repr(GpThread *t, Value self) {
    MethodCaller *m = (MethodCaller *)v_obj(self);
    int r = gp_repr_enter(t, self);
    if (r < 0) return VNULL;
    const char *tname = v_type(self)->name;
    if (r > 0) return gp_format(t, "%s(...)", tname);
    GpBuf b;
    gp_buf_init(&b);
    gp_buf_printf(&b, "%s(", tname);
    int ok = gp_buf_put_repr(t, &b, m->name) == 0;
    size_t n = gp_tuple_len(m->argv);
    for (size_t i = 0; ok && i < n; i++) {
        gp_buf_puts(&b, ", ");
        if (i >= m->npos) {
            Value key = gp_tuple_items(m->kwnames)[i - m->npos];
            gp_buf_put(&b, gp_str_data(key), gp_str_nbytes(key));
            gp_buf_putc(&b, '=');
        }
        ok = gp_buf_put_repr(t, &b, gp_tuple_items(m->argv)[i]) == 0;
    }
    gp_repr_leave(t, self);
    if (!ok) {
        gp_buf_free(&b);
        return VNULL;
    }
    gp_buf_putc(&b, ')');
    return gp_buf_finish_str(t, &b);
}

static void methodcaller_trace(GpGc *gc, GpObj *self) {
    MethodCaller *m = (MethodCaller *)self;
    gc_mark(gc, m->name);
    gc_mark(gc, m->argv);
    gc_mark(gc, m->kwnames);
}

GpType gp_operator_methodcaller_type = {
    .hdr = {&gp_type_type},
    .name = "operator.methodcaller",
    .base = &gp_object_type,
    .size = sizeof(MethodCaller),
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .new_ = methodcaller_new,
    .trace = methodcaller_trace,
    .doc = "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
};

GP_REGISTER_TYPE(gp_operator_itemgetter_type);
GP_REGISTER_TYPE(gp_operator_attrgetter_type);
GP_REGISTER_TYPE(gp_operator_methodcaller_type);
