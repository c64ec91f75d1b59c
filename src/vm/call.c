/* call.c - binding call arguments to a Python function's parameters,
 * with CPython 3.12's rules and messages (ceval.c's initialize_locals). */
#include <string.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "error.h"
#include "eval.h"

/* 'a'; 'a' and 'b'; 'a', 'b', and 'c' */
static Value name_list(GpThread *t, const Value *names, size_t n) {
    GpBuf b;
    gp_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i && n > 2) gp_buf_puts(&b, ", ");
        if (i == n - 1 && n > 1) gp_buf_puts(&b, n > 2 ? "and " : " and ");
        if (gp_buf_put_repr(t, &b, names[i]) < 0) {
            gp_buf_free(&b);
            return VNULL;
        }
    }
    return gp_buf_finish_str(t, &b);
}

static int missing_error(GpThread *t, GpCode *co, Value qualname, Value *regs, int from, int to, int kwonly) {
    Value names[64];
    size_t n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (!regs[i]) names[n++] = gp_tuple_items(co->varnames)[i];
    Value list = name_list(t, names, n);
    if (!list) return -1;
    return gp_raise_i(t, &gp_TypeError, "%U() missing %zu required %s argument%s: %U", qualname, n,
                      kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
}

static int too_many_positional(GpThread *t, GpCode *co, Value qualname, Value *regs, size_t given, size_t defcount) {
    size_t kwonly_given = 0;
    for (int i = 0; i < co->kwonlyargcount; i++) kwonly_given += regs[co->argcount + i] != VNULL;
    Value sig;
    int plural;
    if (defcount) {
        plural = 1;
        sig = gp_format(t, "from %zu to %d", (size_t)co->argcount - defcount, (int)co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = gp_format(t, "%d", (int)co->argcount);
    }
    if (!sig) return -1;
    Value kwsig = kwonly_given ? gp_format(t, " positional argument%s (and %zu keyword-only argument%s)",
                                           given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
                               : gp_str_from_cstr(t, "");
    if (!kwsig) return -1;
    return gp_raise_i(t, &gp_TypeError, "%U() takes %U positional argument%s but %zu%U %s given", qualname, sig,
                      plural ? "s" : "", given, kwsig, given == 1 && !kwonly_given ? "was" : "were");
}

static int find_param(GpCode *co, Value name, int lo, int hi) {
    Value *names = gp_tuple_items(co->varnames);
    for (int i = lo; i < hi; i++)
        if (names[i] == name) return i;
    for (int i = lo; i < hi; i++)
        if (gp_str_eq(names[i], name)) return i;
    return -1;
}

int gp_bind_args(GpThread *t, GpFunc *func, Value *regs, const Value *args, size_t nargs, Value kwnames) {
    GpCode *co = func->code;
    /* Messages name the function's __qualname__, which may have been
     * reassigned (namedtuple's __new__), as CPython 3.12's do. */
    Value qualname = func->qualname;
    int argcount = co->argcount, kwonly = co->kwonlyargcount;
    int total = argcount + kwonly;
    Value kwdict = VNULL;
    if (co->flags & CO_VARKW) {
        kwdict = gp_dict_new(t);
        if (!kwdict) return -1;
        regs[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs > (size_t)argcount ? (size_t)argcount : nargs;
    for (size_t i = 0; i < n; i++) regs[i] = args[i];
    if (co->flags & CO_VARARGS) {
        Value rest = gp_tuple_from(t, args + n, nargs - n);
        if (!rest) return -1;
        regs[total] = rest;
    }
    size_t nkw = kwnames ? gp_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value name = gp_tuple_items(kwnames)[k];
        Value value = args[nargs + k];
        if (!gp_is_str(name)) return gp_raise_i(t, &gp_TypeError, "%U() keywords must be strings", qualname);
        int j = find_param(co, name, co->posonlyargcount, total);
        if (j < 0) {
            if (kwdict) {
                if (gp_dict_set(t, kwdict, name, value) < 0) return -1;
                continue;
            }
            if (find_param(co, name, 0, co->posonlyargcount) >= 0) {
                /* Collect every positional-only name passed by keyword. */
                GpBuf b;
                gp_buf_init(&b);
                int first = 1;
                for (size_t m = 0; m < nkw; m++) {
                    Value nm = gp_tuple_items(kwnames)[m];
                    if (gp_is_str(nm) && find_param(co, nm, 0, co->posonlyargcount) >= 0) {
                        if (!first) gp_buf_puts(&b, ", ");
                        first = 0;
                        gp_buf_put(&b, gp_str_data(nm), gp_str_nbytes(nm));
                    }
                }
                Value names = gp_buf_finish_str(t, &b);
                if (!names) return -1;
                return gp_raise_i(t, &gp_TypeError,
                                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                                  qualname, names);
            }
            return gp_raise_i(t, &gp_TypeError, "%U() got an unexpected keyword argument '%U'", qualname, name);
        }
        if (regs[j])
            return gp_raise_i(t, &gp_TypeError, "%U() got multiple values for argument '%U'", qualname, name);
        regs[j] = value;
    }
    size_t defcount = func->defaults ? gp_tuple_len(func->defaults) : 0;
    if (nargs > (size_t)argcount && !(co->flags & CO_VARARGS))
        return too_many_positional(t, co, qualname, regs, nargs, defcount);
    if (n < (size_t)argcount) {
        int m = argcount - (int)defcount;
        int missing = 0;
        for (int i = (int)n; i < m; i++)
            if (!regs[i]) missing++;
        if (missing) return missing_error(t, co, qualname, regs, (int)n, m, 0);
        for (int i = m > (int)n ? m : (int)n; i < argcount; i++)
            if (!regs[i]) regs[i] = gp_tuple_items(func->defaults)[i - m];
    }
    if (kwonly) {
        int missing = 0;
        for (int i = argcount; i < total; i++) {
            if (regs[i]) continue;
            Value dflt = func->kwdefaults ? gp_dict_get_str(func->kwdefaults, gp_tuple_items(co->varnames)[i]) : VNULL;
            if (dflt) regs[i] = dflt;
            else missing++;
        }
        if (missing) return missing_error(t, co, qualname, regs, argcount, total, 1);
    }
    return 0;
}
