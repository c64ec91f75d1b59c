/* Unit tests of the parser's public API (src/lang/ast.h): the arena and
 * lists, the three parse modes, the interactive "incomplete" rule, the
 * fields of AstSyntaxError, constants as the compiler receives them,
 * nesting limits, hostile input and speed. The expected values were
 * taken from CPython 3.12. Prints failures, then "N passed, N failed";
 * exits non-zero if anything failed.
 *
 * Build: cc -std=c11 -Isrc tests/unit/test_parser.c <parser sources> -lm
 * (tests/parser/run.sh builds and runs it). */
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lang/ast.h"

typedef struct Tally {
    long passed, failed;
} Tally;

static void check(Tally *t, int ok, const char *what)
{
    if (ok) {
        t->passed++;
    } else {
        t->failed++;
        printf("FAIL %s\n", what);
    }
}

/* Parses src (NUL-terminated) in mode; returns the dump or the error as
 * "Kind: msg / lineno / col / end_lineno / end_col", malloc'd. */
static char *run(const char *src, size_t len, ParseMode mode, AstSyntaxError *out_err)
{
    AstArena *a = ast_arena_new();
    AstSyntaxError err;
    AstModule *m = ast_parse(a, src, len, mode, &err);
    char *res;
    if (out_err)
        memset(out_err, 0, sizeof *out_err);
    if (m) {
        size_t n;
        ast_dump(m, &res, &n);
    } else {
        static const char *const kinds[] = {"SyntaxError", "IndentationError", "TabError", "MemoryError"};
        /* Room for the whole message plus the kind and four numbers. */
        size_t cap = sizeof err.msg + 96;
        res = malloc(cap);
        snprintf(res, cap, "%s: %s / %d / %d / %d / %d", kinds[err.kind], err.msg, err.lineno, err.col,
                 err.end_lineno, err.end_col);
        if (out_err) {
            *out_err = err;
            err.line = NULL;
        }
        free(err.line);
    }
    ast_arena_free(a);
    return res;
}

static void expect_n(Tally *t, const char *src, size_t len, ParseMode mode, const char *want)
{
    char *got = run(src, len, mode, NULL);
    int ok = strcmp(got, want) == 0;
    if (!ok)
        printf("  source: %s\n  want:   %s\n  got:    %s\n", src, want, got);
    check(t, ok, src);
    free(got);
}

static void expect(Tally *t, const char *src, ParseMode mode, const char *want)
{
    expect_n(t, src, strlen(src), mode, want);
}

static void test_arena(Tally *t)
{
    AstArena *a = ast_arena_new();
    int zero = 1, aligned = 1;
    for (int i = 1; i < 3000; i += 7) {
        unsigned char *p = ast_alloc(a, (size_t)i);
        for (int j = 0; j < i; j++)
            zero &= p[j] == 0;
        memset(p, 0xAB, (size_t)i);
        aligned &= ((uintptr_t)p % _Alignof(max_align_t)) == 0;
    }
    unsigned char *big = ast_alloc(a, 1 << 20);
    zero &= big[0] == 0 && big[(1 << 20) - 1] == 0;
    check(t, zero, "ast_alloc returns zeroed memory");
    check(t, aligned, "ast_alloc aligns for any type");
    char *s = ast_strdup(a, "ab\0cd", 5);
    check(t, memcmp(s, "ab\0cd", 5) == 0 && s[5] == '\0', "ast_strdup copies embedded NULs and terminates");
    AstList l = {0};
    AstNode *nodes = ast_alloc(a, 100 * sizeof(AstNode));
    for (int i = 0; i < 100; i++)
        ast_list_push(a, &l, &nodes[i]);
    int order = l.n == 100;
    for (int i = 0; i < l.n; i++)
        order &= l.items[i] == &nodes[i];
    check(t, order, "ast_list_push keeps order while growing");
    ast_arena_free(a);
    ast_arena_free(NULL);
}

static void test_trees(Tally *t)
{
    expect(t, "-2**2\n", PARSE_FILE,
           "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), "
           "right=Constant(value=2))))], type_ignores=[])");
    expect(t, "a if b else c\n", PARSE_EVAL,
           "Expression(body=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), "
           "orelse=Name(id='c', ctx=Load())))");
    expect(t, "x = 1\n", PARSE_SINGLE,
           "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    expect(t, "if x:\n    y\n\n", PARSE_SINGLE,
           "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
           "orelse=[])])");
    expect(t, "\n", PARSE_SINGLE, "Interactive(body=[Pass()])");
    expect(t, "", PARSE_FILE, "Module(body=[], type_ignores=[])");
    expect(t, "x", PARSE_EVAL, "Expression(body=Name(id='x', ctx=Load()))");
    expect(t, "a < b < c\n", PARSE_FILE,
           "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Lt()], "
           "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])");
    expect(t, "u'a' 'b'\n", PARSE_FILE, "Module(body=[Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])");
    expect(t, "x = 1\r\ny = 2\r\n", PARSE_FILE,
           "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
           "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    expect(t, "\xef\xbb\xbfx\n", PARSE_FILE, "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])");
    expect(t, "# -*- coding: latin-1 -*-\nx = '\xe9'\n", PARSE_FILE,
           "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3\xa9'))], "
           "type_ignores=[])");
    expect(t, "\xc2\xb5 = 1\n", PARSE_FILE,
           "Module(body=[Assign(targets=[Name(id='\xce\xbc', ctx=Store())], value=Constant(value=1))], "
           "type_ignores=[])");
}

/* Positions as the compiler sees them (0-based byte columns). */
static void test_positions(Tally *t)
{
    AstArena *a = ast_arena_new();
    AstSyntaxError err;
    const char *src = "if x:\n    y = f'\xc3\xa9{z}'\n";
    AstModule *m = ast_parse(a, src, strlen(src), PARSE_FILE, &err);
    check(t, m != NULL, "parse for positions");
    if (m) {
        AstNode *ifs = m->body.items[0];
        check(t, ifs->lineno == 1 && ifs->col == 0 && ifs->end_lineno == 2 && ifs->end_col == 16,
              "If spans its whole block");
        AstNode *asg = ifs->u.if_.body.items[0];
        AstNode *js = asg->u.assign.value;
        check(t, js->kind == AST_JOINEDSTR && js->col == 8 && js->end_col == 16, "JoinedStr columns in bytes");
    }
    ast_arena_free(a);
}

static AstNode *first_value(AstModule *m)
{
    AstNode *s = m->body.items[0];
    return s->kind == AST_ASSIGN ? s->u.assign.value : s->u.expr.value;
}

static void test_constants(Tally *t)
{
    static const struct {
        const char *src, *text;
    } ints[] = {{"0x1F_ff", "0x1fff"}, {"0XAb", "0xab"}, {"0O17", "0o17"}, {"0b1_0", "0b10"}, {"1_000", "1000"}, {"00", "00"},
                {"123456789012345678901234567890", "123456789012345678901234567890"}};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        AstArena *a = ast_arena_new();
        AstSyntaxError err;
        AstModule *m = ast_parse(a, ints[i].src, strlen(ints[i].src), PARSE_EVAL, &err);
        int ok = m && first_value(m)->u.constant.ckind == CONST_INT &&
                 !strcmp(first_value(m)->u.constant.text, ints[i].text);
        check(t, ok, ints[i].src);
        ast_arena_free(a);
    }
    static const struct {
        const char *src;
        AstConstKind k;
        double v;
    } nums[] = {{"1.5", CONST_FLOAT, 1.5},     {"1e400", CONST_FLOAT, INFINITY}, {"2j", CONST_IMAG, 2.0},
                {"1_0.2_5e1", CONST_FLOAT, 102.5}, {".5J", CONST_IMAG, 0.5},       {"0.1", CONST_FLOAT, 0.1}};
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        AstArena *a = ast_arena_new();
        AstSyntaxError err;
        AstModule *m = ast_parse(a, nums[i].src, strlen(nums[i].src), PARSE_EVAL, &err);
        int ok = m && first_value(m)->u.constant.ckind == nums[i].k && first_value(m)->u.constant.f == nums[i].v;
        check(t, ok, nums[i].src);
        ast_arena_free(a);
    }
    static const struct {
        const char *src, *bytes;
        size_t len;
        AstConstKind k;
    } strs[] = {{"'a\\0b'", "a\0b", 3, CONST_STR},
                {"'\\ud800'", "\xed\xa0\x80", 3, CONST_STR},
                {"'\\N{BULLET}'", "\xe2\x80\xa2", 3, CONST_STR},
                {"b'\\xff\\x00'", "\xff\0", 2, CONST_BYTES},
                {"'\\777'", "\xc7\xbf", 2, CONST_STR},
                {"b'\\777'", "\xff", 1, CONST_BYTES},
                {"'\\q'", "\\q", 2, CONST_STR}};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        AstArena *a = ast_arena_new();
        AstSyntaxError err;
        AstModule *m = ast_parse(a, strs[i].src, strlen(strs[i].src), PARSE_EVAL, &err);
        int ok = m && first_value(m)->u.constant.ckind == strs[i].k && first_value(m)->u.constant.len == strs[i].len &&
                 memcmp(first_value(m)->u.constant.bytes, strs[i].bytes, strs[i].len) == 0 &&
                 first_value(m)->u.constant.bytes[strs[i].len] == '\0';
        check(t, ok, strs[i].src);
        ast_arena_free(a);
    }
}

static void test_errors(Tally *t)
{
    AstSyntaxError err;
    char *r = run("x = (1,\n2\n", strlen("x = (1,\n2\n"), PARSE_FILE, &err);
    check(t, err.kind == SYNERR_SYNTAX && !strcmp(err.msg, "'(' was never closed") && err.lineno == 1 &&
                 err.col == 5 && err.end_lineno == 1 && err.end_col == 0,
          "unclosed paren error fields");
    check(t, err.line && !strcmp(err.line, "x = (1,"), "error line text without newline");
    free(err.line);
    free(r);
    r = run("if x:\n        a\n    b\n", strlen("if x:\n        a\n    b\n"), PARSE_FILE, &err);
    check(t, err.kind == SYNERR_INDENTATION && err.col == 6 && err.end_col == -1, "dedent error is IndentationError");
    free(err.line);
    free(r);
    r = run("if x:\n\ta\n        b\n", strlen("if x:\n\ta\n        b\n"), PARSE_FILE, &err);
    check(t, err.kind == SYNERR_TAB, "TabError kind");
    free(err.line);
    free(r);
    expect(t, "x = \xe2\x82\xac\n", PARSE_FILE, "SyntaxError: invalid character '\xe2\x82\xac' (U+20AC) / 1 / 5 / 1 / 5");
    expect_n(t, "x = 1\n\0\n", 8, PARSE_FILE, "SyntaxError: source code cannot contain null bytes / 2 / 0 / 2 / 0");
    expect(t, "x = 'a\xff'\n", PARSE_FILE,
           "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte / 1 "
           "/ 5 / 1 / 9");
    expect(t, "\xef\xbb\xbfx = (\n", PARSE_FILE, "SyntaxError: '(' was never closed / 1 / 3 / 1 / 0");
    expect(t, "def f(x, x): pass\n", PARSE_FILE,
           "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='x')], "
           "kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[])], "
           "type_ignores=[])");
    expect(t, "match x:\n    case 1: pass\n", PARSE_FILE, "SyntaxError: match statements are not supported / 1 / 1 / 1 / 6");
    expect(t, "type X = int\n", PARSE_FILE, "SyntaxError: 'type' statements are not supported / 1 / 1 / 1 / 5");
    expect(t, "def f[T](): pass\n", PARSE_FILE, "SyntaxError: type parameter lists are not supported / 1 / 6 / 1 / 7");
    expect(t, "try:\n    pass\nexcept* E:\n    pass\n", PARSE_FILE,
           "SyntaxError: 'except*' is not supported / 3 / 1 / 3 / 8");
    expect(t, "x = 1\ny = 2\n", PARSE_SINGLE,
           "SyntaxError: multiple statements found while compiling a single statement / 1 / 6 / 1 / 7");
    expect(t, "x = 1; y = 2\n", PARSE_SINGLE,
           "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
           "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])");
}

/* The REPL's rule: input ending inside a bracket, string or unfinished
 * compound statement (not closed by an empty line) is incomplete. */
static void test_incomplete(Tally *t)
{
    static const struct {
        const char *src;
        int incomplete;
    } cases[] = {
        {"if x:\n", 1},          {"if x:\n    y\n", 1},     {"if x:\n    y\n\n", 0}, {"x = (1,\n", 1},
        {"x = '''abc\n", 1},     {"x = 1 + \\\n", 1},       {"@dec\n", 1},           {"def f():\n", 1},
        {"x = 1 +\n", 0},        {"x = )\n", 0},            {"x = 1\n", 0},          {"class A:\n  pass\n", 1},
        {"if x:\n  a\nelse:\n", 1}, {"[1,\n\n2]\n", 0},     {"x = 'abc\n", 0},       {"for x in y:\n    pass\n\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        AstArena *a = ast_arena_new();
        AstSyntaxError err;
        AstModule *m = ast_parse(a, cases[i].src, strlen(cases[i].src), PARSE_SINGLE, &err);
        int inc = !m && err.incomplete;
        if (!m)
            free(err.line);
        char what[128];
        snprintf(what, sizeof what, "incomplete(%d): %.60s", cases[i].incomplete, cases[i].src);
        check(t, inc == cases[i].incomplete, what);
        ast_arena_free(a);
    }
}

static char *repeat(const char *head, const char *unit, int n, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = malloc(hl + ul * (size_t)n + tl + 1);
    memcpy(s, head, hl);
    for (int i = 0; i < n; i++)
        memcpy(s + hl + ul * (size_t)i, unit, ul);
    memcpy(s + hl + ul * (size_t)n, tail, tl + 1);
    return s;
}

static void test_limits(Tally *t)
{
    char *open = repeat("x = ", "(", 200, "");
    char *src = repeat(open, ")", 200, "\n");
    AstSyntaxError err;
    char *r = run(src, strlen(src), PARSE_FILE, &err);
    check(t, !strncmp(r, "Module(", 7), "200 nested parentheses parse");
    free(r);
    free(src);
    free(open);
    open = repeat("x = ", "[", 201, "");
    src = repeat(open, "]", 201, "\n");
    r = run(src, strlen(src), PARSE_FILE, &err);
    check(t, strstr(r, "too many nested parentheses / 1 / 205") != NULL, "201 nested brackets rejected");
    free(err.line);
    free(r);
    free(src);
    free(open);
    src = repeat("", "-", 100000, "1\n");
    r = run(src, strlen(src), PARSE_FILE, &err);
    check(t, err.kind == SYNERR_OVERFLOW && strstr(r, "Parser stack overflowed") != NULL,
          "deep unary chain overflows cleanly");
    free(err.line);
    free(r);
    free(src);
    src = repeat("x = ", "a.", 100000, "b\n");
    r = run(src, strlen(src), PARSE_FILE, NULL);
    check(t, !strncmp(r, "Module(", 7), "long attribute chain parses (loops, not recursion)");
    free(r);
    free(src);
    src = repeat("", "if x:\n", 1, "");
    free(src);
}

static void test_hostile(Tally *t)
{
    static const unsigned char junk[][8] = {{0xff, 0xfe, 0}, {'(', 0xc3, 0}, {'f', '"', '{', 0},
                                            {'\\', 0},       {'\r', '\r', 0}, {'"', '"', '"', 0}};
    int ok = 1;
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
        for (int mode = 0; mode < 3; mode++) {
            AstArena *a = ast_arena_new();
            AstSyntaxError err;
            size_t len = strlen((const char *)junk[i]);
            AstModule *m = ast_parse(a, (const char *)junk[i], len, (ParseMode)mode, &err);
            if (!m) {
                ok &= err.msg[0] != 0;
                free(err.line);
            }
            ast_arena_free(a);
        }
    }
    check(t, ok, "hostile inputs give errors with messages");
}

static void test_repr(Tally *t)
{
    static const struct {
        double f;
        const char *want;
    } fl[] = {{1.0, "1.0"},   {0.1, "0.1"},       {1e16, "1e+16"}, {1e15, "1000000000000000.0"},
              {1e-5, "1e-05"}, {0.0001, "0.0001"}, {INFINITY, "inf"}, {2.5e-300, "2.5e-300"},
              {123.456, "123.456"}, {1.7976931348623157e308, "1.7976931348623157e+308"}};
    for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++) {
        AstBuf b = {0};
        ast_repr_float(&b, fl[i].f);
        check(t, b.data && !strcmp(b.data, fl[i].want), fl[i].want);
        free(b.data);
    }
    AstBuf b = {0};
    ast_repr_int(&b, "0xffffffffffffffffffffffff");
    check(t, !strcmp(b.data, "79228162514264337593543950335"), "ast_repr_int big hex");
    free(b.data);
    b = (AstBuf){0};
    ast_repr_str(&b, "it's \"x\"\n\x01\xc2\xa0", 12);
    check(t, !strcmp(b.data, "'it\\'s \"x\"\\n\\x01\\xa0'"), "ast_repr_str quoting and escapes");
    free(b.data);
    b = (AstBuf){0};
    ast_repr_bytes(&b, "a'\x80", 3);
    check(t, !strcmp(b.data, "b\"a'\\x80\""), "ast_repr_bytes");
    free(b.data);
    b = (AstBuf){0};
    ast_repr_imag(&b, 2.0);
    check(t, !strcmp(b.data, "2j"), "ast_repr_imag");
    free(b.data);
}

static void test_dump_attributes(Tally *t)
{
    AstArena *a = ast_arena_new();
    AstSyntaxError err;
    AstModule *m = ast_parse(a, "x = 1\n", 6, PARSE_FILE, &err);
    char *out;
    size_t n;
    ast_dump_ex(m, 1, &out, &n);
    check(t, !strcmp(out, "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
                          "end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, "
                          "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
                          "end_col_offset=5)], type_ignores=[])") &&
                 n == strlen(out),
          "ast_dump_ex with positions");
    free(out);
    ast_arena_free(a);
}

/* A 10,000-line program must parse well under 100 ms; the bound here is
 * loose so that sanitizer builds pass too, and the time is printed. */
static void test_speed(Tally *t)
{
    const char *unit = "def f_%d(a, b=1, *c, **d):\n"
                       "    x = [i * 2 for i in range(a) if i %% 3]\n"
                       "    return {'k': x, 'v': f'{a!r:>10} {b}'}, (a + b) ** 2 - c[0] // 7\n"
                       "\n"
                       "class C_%d(Base, metaclass=M):\n"
                       "    attr: int = 0\n"
                       "    def m(self, *, k=None):\n"
                       "        with open(k) as fh:\n"
                       "            for line in fh:\n"
                       "                yield line.strip()\n";
    size_t cap = 700000, len = 0;
    char *src = malloc(cap);
    for (int i = 0; len + 600 < cap && i < 1000; i++)
        len += (size_t)snprintf(src + len, cap - len, unit, i, i);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    AstArena *a = ast_arena_new();
    AstSyntaxError err;
    AstModule *m = ast_parse(a, src, len, PARSE_FILE, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("parse of 10000 lines: %.1f ms\n", ms);
    check(t, m && m->body.n == 2000, "10000-line program parses");
    check(t, ms < 1000, "10000-line program parses quickly");
    ast_arena_free(a);
    free(src);
}

int main(void)
{
    Tally t = {0, 0};
    test_arena(&t);
    test_trees(&t);
    test_positions(&t);
    test_constants(&t);
    test_errors(&t);
    test_incomplete(&t);
    test_limits(&t);
    test_hostile(&t);
    test_repr(&t);
    test_dump_attributes(&t);
    test_speed(&t);
    printf("%ld passed, %ld failed\n", t.passed, t.failed);
    return t.failed != 0;
}
