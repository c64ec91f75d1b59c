/* astdump - prints the AST of a Python file as CPython's ast.dump()
 * would, or its syntax error; the parser's test driver.
 *
 * usage: astdump [-a] [-m exec|single|eval] [-e] FILE
 *   -a  include positions (ast.dump(..., include_attributes=True))
 *   -m  parse mode (default exec)
 *   -e  on error print "ExcType: msg / lineno / offset / end_lineno / end_offset"
 * Exit status: 0 parsed, 1 syntax error, 2 usage or I/O error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/lang/ast.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static const char *kind_name(SynErrKind k)
{
    switch (k) {
    case SYNERR_INDENTATION: return "IndentationError";
    case SYNERR_TAB: return "TabError";
    case SYNERR_OVERFLOW: return "MemoryError";
    default: return "SyntaxError";
    }
}

int main(int argc, char **argv)
{
    int attrs = 0, brief = 0;
    ParseMode mode = PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-a")) {
            attrs = 1;
        } else if (!strcmp(argv[i], "-e")) {
            brief = 1;
        } else if (!strcmp(argv[i], "-m") && i + 1 < argc) {
            i++;
            mode = !strcmp(argv[i], "eval") ? PARSE_EVAL : !strcmp(argv[i], "single") ? PARSE_SINGLE : PARSE_FILE;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [-a] [-e] [-m exec|single|eval] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (!src) {
        fprintf(stderr, "astdump: cannot read %s\n", path);
        return 2;
    }
    AstArena *arena = ast_arena_new();
    AstSyntaxError err;
    AstModule *m = ast_parse(arena, src, len, mode, &err);
    int rc = 0;
    if (m) {
        char *out;
        size_t outlen;
        ast_dump_ex(m, attrs, &out, &outlen);
        fwrite(out, 1, outlen, stdout);
        putchar('\n');
        free(out);
    } else {
        if (brief)
            printf("%s: %s / %d / %d / %d / %d\n", kind_name(err.kind), err.msg, err.lineno, err.col,
                   err.end_lineno, err.end_col);
        else
            printf("%s: %s (line %d, offset %d, end %d:%d)%s\n", kind_name(err.kind), err.msg, err.lineno,
                   err.col, err.end_lineno, err.end_col, err.incomplete ? " [incomplete]" : "");
        if (!brief && err.line)
            printf("    %s\n", err.line);
        free(err.line);
        rc = 1;
    }
    ast_arena_free(arena);
    free(src);
    return rc;
}
