/* traceback.c - printing an exception as CPython 3.12 does: the chain of
 * causes and contexts, "Traceback (most recent call last):", one entry
 * per frame with its source line and the caret line under the failing
 * expression (with '~' and '^' for a binary operator or a subscript),
 * repeated recursion lines folded, SyntaxError's own layout, and the
 * "Did you mean" suggestions of NameError, AttributeError and ImportError.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../lang/ast.h"
#include "../lang/lexer.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/file.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "error.h"
#include "state.h"

#define RECURSIVE_CUTOFF 3
#define TRACEBACK_LIMIT 1000

/* ---- source lines */

/* A file declaring Latin-1 or another single-byte encoding (PEP 263):
 * line `lineno` of its UTF-8 text, as CPython's linecache decodes it. */
static char *recoded_source_line(FILE *fp, int lineno) {
    char *raw = NULL, *text = NULL, *line = NULL;
    size_t rawlen = 0, cap = 0;
    char chunk[4096];
    size_t got;
    rewind(fp);
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        char *more = realloc(raw, rawlen + got);
        if (!more) goto done;
        raw = more;
        memcpy(raw + rawlen, chunk, got);
        rawlen += got;
    }
    AstSyntaxError err;
    memset(&err, 0, sizeof err);
    size_t n;
    text = lexer_decode_source(raw, rawlen, SRC_BYTES, "", &err, &n);
    free(err.line);
    if (!text) goto done;
    const char *p = text;
    for (int i = 1; i < lineno && p; i++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (!p || (!*p && lineno > 1)) goto done;
    const char *e = strchr(p, '\n');
    cap = e ? (size_t)(e - p) : strlen(p);
    line = malloc(cap + 1);
    if (line) {
        memcpy(line, p, cap);
        line[cap] = 0;
    }
done:
    free(raw);
    free(text);
    return line;
}

/* Line `lineno` of file `filename` (malloc'd, without its newline), or
 * NULL. Names like <string> and <stdin> have no source. */
static char *read_source_line(const char *filename, int lineno) {
    size_t fl = strlen(filename);
    if (fl && filename[0] == '<' && filename[fl - 1] == '>') return NULL;
    FILE *fp = fopen(filename, "rb");
    if (!fp) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    char head[512];
    size_t hn = 0;
    for (int i = 0; i < lineno; i++) {
        n = getline(&line, &cap, fp);
        if (n < 0) break;
        /* The first two lines may declare the encoding. */
        if (i < 2 && hn + (size_t)n <= sizeof head) {
            memcpy(head + hn, line, (size_t)n);
            hn += (size_t)n;
        }
    }
    if (n >= 0 && lexer_source_is_recoded(head, hn)) {
        free(line);
        line = recoded_source_line(fp, lineno);
        fclose(fp);
        return line;
    }
    fclose(fp);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n') line[--n] = 0;
    if (n > 0 && line[n - 1] == '\r') line[--n] = 0;
    return line;
}

static size_t utf8_chars(const char *s, size_t bytes) { return gp_utf8_count(s, bytes); }

#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\f')

/* CPython's anchors: parse the failing segment alone; a binary operation
 * is underlined ~~~^~~~ at its operator, a subscript ~~~^^^^ at its
 * brackets. Offsets are bytes within the segment. */
static int segment_anchors(const char *seg, size_t len, long *left, long *right) {
    AstArena *arena = ast_arena_new();
    if (!arena) return 0;
    AstSyntaxError err;
    memset(&err, 0, sizeof err);
    AstModule *m = ast_parse(arena, seg, len, PARSE_FILE, &err);
    free(err.line);
    int found = 0;
    if (m && m->body.n == 1 && m->body.items[0]->kind == AST_EXPR) {
        AstNode *e = m->body.items[0]->u.expr.value;
        if (e->kind == AST_BINOP) {
            AstNode *l = e->u.binop.left, *r = e->u.binop.right;
            /* columns of a one-line segment are byte offsets into it */
            for (int i = l->end_col; i < r->col; i++) {
                if (IS_WS(seg[i])) continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col && !IS_WS(seg[i + 1])) ++*right;
                if (i + 1 < r->col && seg[i] == ')') continue;
                found = 1;
                break;
            }
            if (!found) found = 2; /* anchors set, but plain '^' characters */
        } else if (e->kind == AST_SUBSCRIPT) {
            long la = e->u.subscript.value->end_col, ra = e->u.subscript.slice->end_col + 1;
            long n = (long)strlen(seg);
            while (la < n && (IS_WS(seg[la]) || seg[la] != '[')) la++;
            while (ra < n && (IS_WS(seg[ra]) || seg[ra] != ']')) ra++;
            if (ra < n) ra++;
            *left = la;
            *right = ra;
            found = 1;
        }
    }
    ast_arena_free(arena);
    return found;
}

static void put_frame_line(GpBuf *b, GpCode *co, Value name, uint32_t ip, int lineno) {
    gp_buf_printf(b, "  File \"%s\", line %d, in %s\n", gp_str_data(co->filename), lineno, gp_str_data(name));
    char *src = read_source_line(gp_str_data(co->filename), lineno);
    if (!src) return;
    size_t stripped = 0;
    while (IS_WS(src[stripped])) stripped++;
    gp_buf_puts(b, "    ");
    gp_buf_puts(b, src + stripped);
    gp_buf_putc(b, '\n');
    if (!co->pos || ip >= co->ncode) goto done;
    GpPos p = co->pos[ip];
    if (p.line < 0 || p.end_line < 0 || p.col < 0 || p.end_col < 0 || p.line != lineno) goto done;
    size_t srclen = strlen(src);
    size_t col_b = (size_t)p.col, end_b = (size_t)p.end_col;
    if (col_b > srclen) goto done;
    long start = (long)utf8_chars(src, col_b);
    long end;
    long left = -1, right = -1;
    int special = 0;
    const char *primary = "^", *secondary = "^";
    if (p.line == p.end_line) {
        if (end_b > srclen) end_b = srclen;
        end = (long)utf8_chars(src, end_b);
        if (end_b > col_b) {
            long l, r;
            int k = segment_anchors(src + col_b, end_b - col_b, &l, &r);
            if (k) {
                special = 1;
                left = (long)utf8_chars(src + col_b, (size_t)l) + start;
                right = (long)utf8_chars(src + col_b, (size_t)r) + start;
                if (k == 1) {
                    primary = "~";
                    secondary = "^";
                }
            }
        }
    } else {
        /* A multi-line expression is underlined to the end of its first line. */
        long i = (long)srclen;
        while (--i >= 0 && IS_WS(src[i])) {
        }
        end = (long)utf8_chars(src, (size_t)(i + 1));
    }
    long total_chars = (long)utf8_chars(src, srclen);
    long stripped_chars = (long)utf8_chars(src, stripped);
    if (end - start == total_chars - stripped_chars && !special) goto done;
    long offset = stripped_chars - 4;
    while (++offset <= end) {
        if (offset <= start) gp_buf_putc(b, ' ');
        else if (special && left < offset && offset <= right) gp_buf_puts(b, secondary);
        else gp_buf_puts(b, primary);
    }
    gp_buf_putc(b, '\n');
done:
    free(src);
}

static void put_traceback(GpBuf *b, Value tbv) {
    size_t depth = 0;
    for (Value x = tbv; x; x = ((GpTraceback *)v_obj(x))->next) depth++;
    while (tbv && depth > TRACEBACK_LIMIT) {
        tbv = ((GpTraceback *)v_obj(tbv))->next;
        depth--;
    }
    gp_buf_puts(b, "Traceback (most recent call last):\n");
    Value last_file = VNULL, last_name = VNULL;
    int last_line = -1;
    long cnt = 0;
    for (Value x = tbv; x; x = ((GpTraceback *)v_obj(x))->next) {
        GpTraceback *tb = (GpTraceback *)v_obj(x);
        GpCode *co = (GpCode *)v_obj(tb->code);
        if (!last_file || !gp_str_eq(co->filename, last_file) || tb->lineno != last_line ||
            !gp_str_eq(tb->name, last_name)) {
            if (cnt > RECURSIVE_CUTOFF) {
                long more = cnt - RECURSIVE_CUTOFF;
                gp_buf_printf(b, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
            }
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = tb->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= RECURSIVE_CUTOFF) put_frame_line(b, co, tb->name, tb->ip, tb->lineno);
    }
    if (cnt > RECURSIVE_CUTOFF) {
        long more = cnt - RECURSIVE_CUTOFF;
        gp_buf_printf(b, "  [Previous line repeated %ld more time%s]\n", more, more > 1 ? "s" : "");
    }
}

/* ---- suggestions (CPython's Levenshtein with case-aware costs) */

#define MAX_CANDIDATES 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    while (na && nb && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE) return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < na; i++, tmp += MOVE_COST) buffer[i] = tmp;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

static Value best_match(Value candidates, Value name) {
    if (!candidates || !gp_is_list(candidates)) return VNULL;
    GpList *l = gp_list_obj(candidates);
    if (l->n >= MAX_CANDIDATES) return VNULL;
    size_t best_dist = (size_t)-1;
    Value best = VNULL;
    const char *ns = gp_str_data(name);
    size_t nn = gp_str_nbytes(name);
    for (size_t i = 0; i < l->n; i++) {
        Value item = l->items[i];
        if (!gp_is_str(item) || gp_str_eq(item, name)) continue;
        size_t in = gp_str_nbytes(item);
        size_t max_distance = (nn + in + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_distance) max_distance = best_dist - 1;
        size_t d = levenshtein(ns, nn, gp_str_data(item), in, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static Value dict_keys_list(GpThread *t, Value d) {
    if (!d || !gp_is_dict(d)) return VNULL;
    Value l = gp_list_new(t, 0);
    if (!l) return VNULL;
    size_t pos = 0;
    Value k;
    while (gp_dict_next(d, &pos, &k, NULL))
        if (gp_list_append(t, l, k) < 0) return VNULL;
    return l;
}

/* Modules of CPython's standard library, for "Did you forget to import". */
static const char *const stdlib_names[] = {
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "builtins", "calendar", "collections",
    "contextlib", "copy", "csv", "dataclasses", "datetime", "decimal", "difflib", "enum", "errno", "fractions",
    "functools", "gc", "glob", "hashlib", "heapq", "hmac", "html", "http", "importlib", "inspect", "io",
    "itertools", "json", "logging", "math", "operator", "os", "pathlib", "pickle", "platform", "pprint",
    "queue", "random", "re", "select", "shutil", "signal", "socket", "sqlite3", "statistics", "string",
    "struct", "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit", "traceback",
    "types", "typing", "unittest", "urllib", "uuid", "warnings", "weakref", "zlib", "_thread", NULL};

static Value suggestion_for(GpThread *t, Value exc, int *forgot_import) {
    *forgot_import = 0;
    if (gp_isinstance_type(exc, &gp_NameError)) {
        Value name = gp_exc_get_attr(t, exc, "name");
        if (!name || !gp_is_str(name)) return VNULL;
        Value tbv = ((GpExc *)v_obj(exc))->traceback;
        GpTraceback *last = NULL;
        for (Value x = tbv; x; x = ((GpTraceback *)v_obj(x))->next) last = (GpTraceback *)v_obj(x);
        if (!last) return VNULL;
        GpCode *co = (GpCode *)v_obj(last->code);
        Value locals = gp_list_from(t, gp_tuple_items(co->varnames), gp_tuple_len(co->varnames));
        Value s = best_match(locals, name);
        if (!s) s = best_match(dict_keys_list(t, last->globals), name);
        if (!s) s = best_match(dict_keys_list(t, t->interp->builtins), name);
        if (!s) {
            for (const char *const *m = stdlib_names; *m; m++)
                if (gp_str_eq_cstr(name, *m)) {
                    *forgot_import = 1;
                    return name;
                }
        }
        return s;
    }
    if (gp_isinstance_type(exc, &gp_AttributeError)) {
        Value name = gp_exc_get_attr(t, exc, "name"), obj = gp_exc_get_attr(t, exc, "obj");
        if (!name || !obj || !gp_is_str(name)) return VNULL;
        Value dir = gp_dict_get_cstr(t->interp->builtins, "dir");
        Value names = dir ? gp_call1(t, dir, obj) : VNULL;
        if (!names) {
            gp_exc_clear(t);
            return VNULL;
        }
        return best_match(names, name);
    }
    if (gp_isinstance_type(exc, &gp_ImportError)) {
        Value name = gp_exc_get_attr(t, exc, "name_from");
        Value mod = gp_exc_get_attr(t, exc, "name");
        if (!name || !mod || !gp_is_str(mod)) return VNULL;
        Value m = gp_dict_get_str(t->interp->modules, mod);
        if (!m) return VNULL;
        Value dir = gp_dict_get_cstr(t->interp->builtins, "dir");
        Value names = dir ? gp_call1(t, dir, m) : VNULL;
        if (!names) {
            gp_exc_clear(t);
            return VNULL;
        }
        return best_match(names, name);
    }
    return VNULL;
}

/* ---- one exception */

static void put_syntax_error(GpThread *t, GpBuf *b, Value exc) {
    Value file = gp_exc_get_attr(t, exc, "filename"), line = gp_exc_get_attr(t, exc, "lineno");
    Value text = gp_exc_get_attr(t, exc, "text"), off = gp_exc_get_attr(t, exc, "offset");
    Value end_line = gp_exc_get_attr(t, exc, "end_lineno"), end_off = gp_exc_get_attr(t, exc, "end_offset");
    int64_t lineno = 0, offset = 0, end_lineno = 0, end_offset = -1;
    /* A SyntaxError without a line number (raise SyntaxError('msg'))
     * prints no location, as CPython's parse_syntax_error fails then. */
    if (!line || !gp_is_int(line)) return;
    gp_int_to_i64(line, &lineno);
    if (off && gp_is_int(off)) gp_int_to_i64(off, &offset);
    if (end_line && gp_is_int(end_line)) gp_int_to_i64(end_line, &end_lineno);
    else end_lineno = lineno;
    /* Only SyntaxError itself underlines a range; its subclasses
     * (IndentationError, TabError) get one caret, as in CPython. */
    if (end_off && gp_is_int(end_off) && v_type(exc) == &gp_SyntaxError) gp_int_to_i64(end_off, &end_offset);
    Value fs = file && file != V_NONE ? gp_str(t, file) : gp_str_from_cstr(t, "<string>");
    if (!fs) {
        gp_exc_clear(t);
        return;
    }
    gp_buf_printf(b, "  File \"%s\", line %lld\n", gp_str_data(fs), (long long)lineno);
    if (!text || !gp_is_str(text)) return;
    /* offsets count characters: work on code points */
    const char *s = gp_str_data(text);
    int64_t line_size = (int64_t)gp_str_len(text);
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    size_t reps = (end_offset > 0 && end_offset > offset) ? (size_t)(end_offset - offset) : 1;
    offset--;
    size_t pos = 0;
    while (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\f') {
        pos++;
        offset--;
    }
    const char *txt = s + pos;
    int64_t len = (int64_t)utf8_chars(txt, strlen(txt));
    if (len > 0 && txt[strlen(txt) - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(txt, '\n');
        if (!nl) break;
        int64_t inl = (int64_t)utf8_chars(txt, (size_t)(nl - txt));
        if (inl >= offset) break;
        inl += 1;
        len -= inl;
        offset -= inl;
        txt = nl + 1;
    }
    gp_buf_puts(b, "    ");
    gp_buf_puts(b, txt);
    size_t tl = strlen(txt);
    if (!tl || txt[tl - 1] != '\n') gp_buf_putc(b, '\n');
    if (offset < 0) return;
    gp_buf_puts(b, "    ");
    while (--offset >= 0) gp_buf_putc(b, ' ');
    for (size_t i = 0; i < reps; i++) gp_buf_putc(b, '^');
    gp_buf_putc(b, '\n');
}

static void put_exception(GpThread *t, GpBuf *b, Value exc) {
    GpExc *e = (GpExc *)v_obj(exc);
    if (e->traceback) put_traceback(b, e->traceback);
    Value msg_source = exc;
    if (gp_isinstance_type(exc, &gp_SyntaxError) && gp_exc_get_attr(t, exc, "print_file_and_line")) {
        put_syntax_error(t, b, exc);
        Value m = gp_exc_get_attr(t, exc, "msg");
        msg_source = m ? m : V_NONE;
    }
    GpType *type = v_type(exc);
    Value mod = type->flags & GP_TF_HEAPTYPE ? gp_dict_get_cstr(type->dict, "__module__") : type->module;
    if (mod && gp_is_str(mod) && !gp_str_eq_cstr(mod, "builtins") && !gp_str_eq_cstr(mod, "__main__")) {
        gp_buf_put(b, gp_str_data(mod), gp_str_nbytes(mod));
        gp_buf_putc(b, '.');
    }
    gp_buf_put(b, gp_str_data(type->qualname), gp_str_nbytes(type->qualname));
    if (msg_source != V_NONE) {
        Value s = gp_str(t, msg_source);
        if (!s) {
            gp_exc_clear(t);
            gp_buf_puts(b, ": <exception str() failed>");
        } else if (gp_str_nbytes(s)) {
            gp_buf_puts(b, ": ");
            gp_buf_put(b, gp_str_data(s), gp_str_nbytes(s));
        }
    }
    int forgot = 0;
    Value sug = suggestion_for(t, exc, &forgot);
    gp_exc_clear(t);
    if (sug && forgot) gp_buf_printf(b, ". Did you forget to import '%s'?", gp_str_data(sug));
    else if (sug) gp_buf_printf(b, ". Did you mean: '%s'?", gp_str_data(sug));
    gp_buf_putc(b, '\n');
    if (e->notes && gp_is_list(e->notes)) {
        GpList *l = gp_list_obj(e->notes);
        for (size_t i = 0; i < l->n; i++) {
            Value s = gp_str(t, l->items[i]);
            if (!s) {
                gp_exc_clear(t);
                continue;
            }
            gp_buf_put(b, gp_str_data(s), gp_str_nbytes(s));
            gp_buf_putc(b, '\n');
        }
    }
}

static void put_recursive(GpThread *t, GpBuf *b, Value exc, Value seen, int depth) {
    GpExc *e = (GpExc *)v_obj(exc);
    if (seen) gp_list_append(t, seen, exc);
    if (depth < 100 && seen) {
        Value cause = e->cause, ctx = e->context;
        int in_seen = 0;
        if (cause) {
            for (size_t i = 0; i < gp_list_obj(seen)->n; i++) in_seen |= gp_list_obj(seen)->items[i] == cause;
            if (!in_seen) {
                put_recursive(t, b, cause, seen, depth + 1);
                gp_buf_puts(b, "\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if (ctx && !e->suppress_context) {
            for (size_t i = 0; i < gp_list_obj(seen)->n; i++) in_seen |= gp_list_obj(seen)->items[i] == ctx;
            if (!in_seen) {
                put_recursive(t, b, ctx, seen, depth + 1);
                gp_buf_puts(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    put_exception(t, b, exc);
}

/* The whole report as a str (chained exceptions, traceback, message),
 * or VNULL with MemoryError. */
Value gp_format_exception(GpThread *t, Value exc) {
    Value saved_handled = t->handled;
    t->handled = VNULL;
    GpBuf b;
    gp_buf_init(&b);
    Value seen = gp_list_new(t, 4);
    gp_exc_clear(t);
    if (seen) put_recursive(t, &b, exc, seen, 0);
    gp_exc_clear(t);
    t->handled = saved_handled;
    Value s = b.failed ? gp_raise_memory(t) : gp_str_decode_utf8(t, b.data ? b.data : "", b.len, "replace");
    gp_buf_free(&b);
    return s;
}

void gp_print_exception(GpThread *t, Value exc, Value file) {
    Value saved = gp_exc_fetch(t);
    Value s = gp_format_exception(t, exc);
    if (!file && t->interp->sys) file = gp_dict_get_cstr(((GpModule *)v_obj(t->interp->sys))->dict, "stderr");
    int written = 0;
    if (s && file && file != V_NONE) {
        if (gp_file_write(t, file, s) == 0) {
            gp_file_flush(t, file);
            written = 1;
        }
    }
    gp_exc_clear(t);
    if (!written && s) {
        ssize_t r = write(2, gp_str_data(s), gp_str_nbytes(s));
        (void)r;
    }
    t->exc = saved;
}
