/* compile_future.c - future statements (PEP 236) and text annotations.
 *
 * `from __future__ import name` at the top of a module (after the
 * docstring and other future imports) is read by the compiler; only
 * `annotations` changes anything in Python 3.12 (PEP 563: annotations are
 * kept as their source text, never evaluated), the other features are
 * always on. A future import after the prologue, in any scope, is a
 * SyntaxError; so is an unknown feature. The statement still runs as an
 * import of lib/__future__.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../obj/exc.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "compile_internal.h"

static const char *const always_on[] = {"nested_scopes", "generators", "division", "absolute_import",
                                        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                                        "generator_stop", NULL};

static int is_future_import(const AstNode *s) {
    return s->kind == AST_IMPORTFROM && s->u.importfrom.level == 0 && s->u.importfrom.module &&
           !strcmp(s->u.importfrom.module, "__future__");
}

/* The text of line `lineno` of the file, when it exists (CPython reads the
 * error's line from the file, so compiled strings get None). */
static Value file_line(GpThread *t, const char *filename, int lineno) {
    FILE *fp = filename[0] != '<' ? fopen(filename, "rb") : NULL;
    if (!fp) return V_NONE;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno && (n = getline(&line, &cap, fp)) >= 0; i++) {
    }
    fclose(fp);
    Value v = n >= 0 ? gp_str_decode_utf8(t, line, (size_t)n, "replace") : V_NONE;
    free(line);
    return v;
}

/* SyntaxError(msg) located by attributes only, as CPython's
 * PyErr_SyntaxLocationObject leaves it. */
static int feature_error(Compiler *c, AstNode *s, const char *msg) {
    GpThread *t = c->t;
    Value m = gp_str_from_cstr(t, msg);
    Value args = m ? gp_tuple_pack(t, 1, m) : VNULL;
    Value e = args ? gp_exc_new(t, &gp_SyntaxError, args) : VNULL;
    Value text = e ? file_line(t, c->filename, s->lineno) : VNULL;
    if (!text || gp_exc_set_attr(t, e, "filename", c->filename_v) < 0 ||
        gp_exc_set_attr(t, e, "lineno", v_from_small(s->lineno)) < 0 ||
        gp_exc_set_attr(t, e, "offset", v_from_small(s->col + 1)) < 0 ||
        gp_exc_set_attr(t, e, "end_lineno", v_from_small(s->lineno)) < 0 ||
        gp_exc_set_attr(t, e, "end_offset", V_NONE) < 0 || gp_exc_set_attr(t, e, "text", text) < 0) {
        c->failed = 1;
        return -1;
    }
    gp_exc_restore(t, e);
    c->failed = 1;
    return -1;
}

int compile_future_features(Compiler *c, AstModule *mod) {
    c->future_lineno = -1;
    int i = 0;
    AstList *body = &mod->body;
    if (body->n && body->items[0]->kind == AST_EXPR && body->items[0]->u.expr.value->kind == AST_CONSTANT &&
        body->items[0]->u.expr.value->u.constant.ckind == CONST_STR)
        i = 1;
    for (; i < body->n && is_future_import(body->items[i]); i++) {
        AstNode *s = body->items[i];
        for (int k = 0; k < s->u.importfrom.names.n; k++) {
            const char *name = s->u.importfrom.names.items[k]->u.alias.name;
            if (!strcmp(name, "annotations")) {
                c->future_annotations = 1;
                continue;
            }
            int known = 0;
            for (const char *const *f = always_on; *f && !known; f++) known = !strcmp(*f, name);
            if (known) continue;
            if (!strcmp(name, "braces")) return feature_error(c, s, "not a chance");
            char msg[160];
            snprintf(msg, sizeof msg, "future feature %.100s is not defined", name);
            return feature_error(c, s, msg);
        }
        c->future_lineno = s->lineno;
    }
    return 0;
}

int compile_check_future_import(Compiler *c, AstNode *s) {
    if (is_future_import(s) && s->lineno > c->future_lineno)
        return compiler_error(c, s, "from __future__ imports must occur at the beginning of the file");
    return 0;
}

int compile_annotation(Compiler *c, AstNode *annotation, int dst) {
    if (!c->future_annotations) return compile_expr_to(c, annotation, dst);
    char *text;
    size_t n;
    const AstNode *bad = ast_unparse_annotation(annotation, &text, &n);
    if (!text) return -1;
    if (bad) {
        free(text);
        return compiler_error(c, (AstNode *)bad, "%s expression cannot be used within an annotation",
                              bad->kind == AST_NAMEDEXPR ? "named" : bad->kind == AST_AWAIT ? "await" : "yield");
    }
    Value v = gp_str_new(c->t, text, n);
    free(text);
    int k = v ? add_const(c, v) : -1;
    if (k < 0) return -1;
    emit_bx(c, BC_LOADK, (unsigned)dst, (uint32_t)k, 0);
    return dst;
}
