/* parser_rules.h - shorthand used inside grammar rule functions.
 *
 * Every rule function brackets its body with ENTER/LEAVE (recursion depth
 * and error unwinding). A rule that fails must leave p->mark where it
 * found it; ALT resets the mark before each alternative. */
#ifndef GP_PARSER_RULES_H
#define GP_PARSER_RULES_H

#include "parser_internal.h"

#define ENTER                                                                                      \
    if (!p_enter(p))                                                                               \
    return NULL
#define LEAVE(v) return p_leave(p, (v))
#define FAIL                                                                                       \
    do {                                                                                           \
        p->mark = mark;                                                                            \
        return p_leave(p, NULL);                                                                   \
    } while (0)
/* after a sub-rule failed: unwind at once if it raised */
#define BAIL                                                                                       \
    if (p->error)                                                                                  \
    return p_leave(p, NULL)
#define ALT p->mark = mark
#define INVALID (p->invalid_pass)
/* the same inside the _raw body of a memoized rule (no level change) */
#define RFAIL                                                                                      \
    do {                                                                                           \
        p->mark = mark;                                                                            \
        return NULL;                                                                               \
    } while (0)
#define RBAIL                                                                                      \
    if (p->error)                                                                                  \
    return NULL

/* A memoized rule named r_NAME whose body is NAME_raw (which must not
 * call ENTER itself: the wrapper counts the level once, as CPython). */
#define MEMO_RULE(type, name, key)                                                                 \
    static type name##_raw(Parser *p);                                                             \
    type r_##name(Parser *p)                                                                       \
    {                                                                                              \
        ENTER;                                                                                     \
        int memo_mark = p->mark;                                                                   \
        void *memo_res;                                                                            \
        int memo_hit = p_memo_get(p, key, &memo_res);                                              \
        if (memo_hit < 0)                                                                          \
            LEAVE(NULL);                                                                           \
        if (memo_hit)                                                                              \
            LEAVE((type)memo_res);                                                                 \
        type memo_val = name##_raw(p);                                                             \
        if (!p->error)                                                                             \
            p_memo_put(p, memo_mark, key, (void *)memo_val);                                       \
        LEAVE(memo_val);                                                                           \
    }

#endif
