/* ast.h - the abstract syntax tree produced by the parser.
 *
 * The tree follows CPython's `ast` module closely (same node kinds, same
 * field meanings) so that anyone who knows Python's grammar can read the
 * compiler. It does not depend on the object model: identifiers are C
 * strings and literals keep their source form (ints) or decoded bytes
 * (strings), so the parser can be built and tested on its own.
 *
 * Identifiers are NFKC-normalized UTF-8, as CPython stores them (so U+FB01,
 * the "fi" ligature, and "fi" are the same name). str constants are UTF-8;
 * a lone surrogate written as an escape (backslash-u-d800) is stored as its
 * 3-byte generalized UTF-8 sequence (ED A0 80), as Python's
 * "surrogatepass" encoder would.
 *
 * Memory: every node, list and string hangs off one AstArena and is freed
 * with it in one call; nothing in the tree is freed individually.
 *
 * Positions: lineno is 1-based; col and end_col are 0-based UTF-8 byte
 * offsets into their lines, as in CPython's ast module.
 */
#ifndef GP_AST_H
#define GP_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct AstArena AstArena;
typedef struct AstNode AstNode;

AstArena *ast_arena_new(void);
void ast_arena_free(AstArena *a);
void *ast_alloc(AstArena *a, size_t size); /* zeroed; aborts only if malloc fails */
char *ast_strdup(AstArena *a, const char *s, size_t len); /* NUL-terminated copy */

/* A growable array of nodes (statements, expressions, helpers). */
typedef struct AstList {
    AstNode **items;
    int n, cap;
} AstList;
void ast_list_push(AstArena *a, AstList *l, AstNode *node);

typedef enum AstKind {
    /* statements */
    AST_FUNCTIONDEF, /* also async def: .fn.is_async */
    AST_CLASSDEF,
    AST_RETURN,
    AST_DELETE,
    AST_ASSIGN,
    AST_AUGASSIGN,
    AST_ANNASSIGN,
    AST_FOR,
    AST_WHILE,
    AST_IF,
    AST_WITH,
    AST_RAISE,
    AST_TRY,
    AST_ASSERT,
    AST_IMPORT,
    AST_IMPORTFROM,
    AST_GLOBAL,
    AST_NONLOCAL,
    AST_EXPR,
    AST_PASS,
    AST_BREAK,
    AST_CONTINUE,
    /* expressions */
    AST_BOOLOP,
    AST_NAMEDEXPR,
    AST_BINOP,
    AST_UNARYOP,
    AST_LAMBDA,
    AST_IFEXP,
    AST_DICT,
    AST_SET,
    AST_LISTCOMP,
    AST_SETCOMP,
    AST_DICTCOMP,
    AST_GENEXP,
    AST_AWAIT,
    AST_YIELD,
    AST_YIELDFROM,
    AST_COMPARE,
    AST_CALL,
    AST_FORMATTEDVALUE,
    AST_JOINEDSTR,
    AST_CONSTANT,
    AST_ATTRIBUTE,
    AST_SUBSCRIPT,
    AST_STARRED,
    AST_NAME,
    AST_LIST,
    AST_TUPLE,
    AST_SLICE,
    /* helper nodes */
    AST_KEYWORD,       /* f(x=1): .keyword; arg NULL for **kwargs */
    AST_ALIAS,         /* import a.b as c */
    AST_WITHITEM,      /* with e as target */
    AST_EXCEPTHANDLER, /* except E as n: body */
    AST_ARGUMENTS,     /* a def's or lambda's parameter list */
    AST_ARG,           /* one parameter */
    AST_COMPREHENSION, /* for target in iter if cond... */
    AST_KIND_COUNT
} AstKind;

/* Expression context, as in CPython: where a Name/Attribute/Subscript/
 * Starred/List/Tuple appears. */
typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } AstCtx;

typedef enum { BOOL_AND, BOOL_OR } AstBoolOp;

/* Binary operators; the same set serves AugAssign. */
typedef enum {
    OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV,
    OP_BIN_COUNT
} AstOperator;

typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } AstUnaryOp;

typedef enum {
    CMP_EQ, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE,
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} AstCmpOp;

/* Literal kinds. Ints keep their source text (underscores removed, prefix
 * kept: "0x1f", "123", "0o17", "0b101") so the compiler can build small
 * ints or bignums; floats and imaginaries are converted by the parser.
 * The parser lowercases the prefix and hex digits ("0X_1F" gives "0x1f"),
 * so the compiler needs to accept only one spelling. */
typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,   /* .text */
    CONST_FLOAT, /* .f */
    CONST_IMAG,  /* .f: value of the imaginary part */
    CONST_STR,   /* .bytes/.len: UTF-8, may contain NUL */
    CONST_BYTES  /* .bytes/.len: raw bytes */
} AstConstKind;

struct AstNode {
    AstKind kind;
    int lineno, col, end_lineno, end_col;
    void *aux; /* the compiler's: the scope a def/lambda/class/comprehension opens */
    union {
        /* ---- statements ---- */
        struct { /* AST_FUNCTIONDEF */
            const char *name;
            const char *bind; /* the name the def stores: name, or its mangled form (mangle.c) */
            AstNode *args; /* AST_ARGUMENTS */
            AstList body;
            AstList decorators;
            AstNode *returns; /* annotation or NULL */
            int is_async;
        } fn;
        struct { /* AST_CLASSDEF */
            const char *name;
            const char *bind; /* as for AST_FUNCTIONDEF */
            AstList bases;    /* exprs (may include Starred) */
            AstList keywords; /* AST_KEYWORD, e.g. metaclass= */
            AstList body;
            AstList decorators;
        } cls;
        struct { AstNode *value; } ret;        /* AST_RETURN: value may be NULL */
        struct { AstList targets; } del;       /* AST_DELETE */
        struct {                               /* AST_ASSIGN: t1 = t2 = value */
            AstList targets;
            AstNode *value;
        } assign;
        struct { /* AST_AUGASSIGN */
            AstNode *target;
            AstOperator op;
            AstNode *value;
        } augassign;
        struct { /* AST_ANNASSIGN: target: annotation [= value] */
            AstNode *target;
            AstNode *annotation;
            AstNode *value; /* may be NULL */
            int simple;     /* 1 if target is a plain name not in parens */
        } annassign;
        struct { /* AST_FOR (and async for) */
            AstNode *target;
            AstNode *iter;
            AstList body;
            AstList orelse;
            int is_async;
        } for_;
        struct { /* AST_WHILE */
            AstNode *test;
            AstList body;
            AstList orelse;
        } while_;
        struct { /* AST_IF: elif is an If inside orelse, as in CPython */
            AstNode *test;
            AstList body;
            AstList orelse;
        } if_;
        struct { /* AST_WITH */
            AstList items; /* AST_WITHITEM */
            AstList body;
            int is_async;
        } with;
        struct { /* AST_RAISE */
            AstNode *exc;   /* may be NULL (bare raise) */
            AstNode *cause; /* may be NULL */
        } raise;
        struct { /* AST_TRY */
            AstList body;
            AstList handlers; /* AST_EXCEPTHANDLER */
            AstList orelse;
            AstList finalbody;
        } try_;
        struct { /* AST_ASSERT */
            AstNode *test;
            AstNode *msg; /* may be NULL */
        } assert_;
        struct { AstList names; } import;      /* AST_IMPORT: AST_ALIAS list */
        struct {                               /* AST_IMPORTFROM */
            const char *module; /* may be NULL for "from . import x" */
            AstList names;      /* AST_ALIAS; a single alias "*" for import * */
            int level;          /* number of leading dots */
        } importfrom;
        struct { /* AST_GLOBAL, AST_NONLOCAL */
            const char **names;
            int n;
        } global;
        struct { AstNode *value; } expr; /* AST_EXPR */

        /* ---- expressions ---- */
        struct { /* AST_BOOLOP: a and b and c -> values [a,b,c] */
            AstBoolOp op;
            AstList values;
        } boolop;
        struct { /* AST_NAMEDEXPR: target is a Name */
            AstNode *target;
            AstNode *value;
        } namedexpr;
        struct { /* AST_BINOP */
            AstNode *left;
            AstOperator op;
            AstNode *right;
        } binop;
        struct { /* AST_UNARYOP */
            AstUnaryOp op;
            AstNode *operand;
        } unaryop;
        struct { /* AST_LAMBDA */
            AstNode *args; /* AST_ARGUMENTS */
            AstNode *body;
        } lambda;
        struct { /* AST_IFEXP: body if test else orelse */
            AstNode *test, *body, *orelse;
        } ifexp;
        struct { /* AST_DICT: keys[i] NULL means **values[i] */
            AstList keys;
            AstList values;
        } dict;
        struct { AstList elts; } set; /* AST_SET */
        struct {                      /* AST_LISTCOMP, AST_SETCOMP, AST_GENEXP, AST_DICTCOMP */
            AstNode *elt;   /* the element; the key for a dict comprehension */
            AstNode *value; /* dict comprehension only */
            AstList generators; /* AST_COMPREHENSION */
        } comp;
        struct { AstNode *value; } await; /* AST_AWAIT */
        struct { AstNode *value; } yield; /* AST_YIELD (value may be NULL), AST_YIELDFROM */
        struct { /* AST_COMPARE: a < b < c -> left a, ops [<,<], comparators [b,c] */
            AstNode *left;
            AstCmpOp *ops;
            AstList comparators;
        } compare;
        struct { /* AST_CALL */
            AstNode *func;
            AstList args;     /* exprs; Starred for *x */
            AstList keywords; /* AST_KEYWORD; arg NULL for **x */
        } call;
        struct { /* AST_FORMATTEDVALUE: {value!conversion:format_spec} */
            AstNode *value;
            int conversion;        /* -1 none, 's', 'r', 'a' */
            AstNode *format_spec;  /* AST_JOINEDSTR or NULL */
            /* f"{x=}" is desugared by the parser into the text "x=" plus a
             * FormattedValue with conversion 'r' (unless one was given). */
        } formatted;
        struct { AstList values; } joinedstr; /* AST_JOINEDSTR: Constant(str) and FormattedValue parts */
        struct {                              /* AST_CONSTANT */
            AstConstKind ckind;
            const char *text; /* CONST_INT */
            double f;         /* CONST_FLOAT, CONST_IMAG */
            const char *bytes; /* CONST_STR, CONST_BYTES (NUL-terminated too) */
            size_t len;
            int kind_u;       /* CONST_STR written u'...': ast.dump shows kind='u' */
        } constant;
        struct { /* AST_ATTRIBUTE */
            AstNode *value;
            const char *attr;
            AstCtx ctx;
        } attribute;
        struct { /* AST_SUBSCRIPT: value[slice]; slice may be AST_SLICE or a Tuple of them */
            AstNode *value;
            AstNode *slice;
            AstCtx ctx;
        } subscript;
        struct { /* AST_STARRED */
            AstNode *value;
            AstCtx ctx;
        } starred;
        struct { /* AST_NAME */
            const char *id;
            AstCtx ctx;
        } name;
        struct { /* AST_LIST, AST_TUPLE */
            AstList elts;
            AstCtx ctx;
        } seq;
        struct { /* AST_SLICE: any part may be NULL */
            AstNode *lower, *upper, *step;
        } slice;

        /* ---- helpers ---- */
        struct { /* AST_KEYWORD */
            const char *arg; /* NULL for **value */
            AstNode *value;
        } keyword;
        struct { /* AST_ALIAS */
            const char *name;   /* dotted name, or "*" */
            const char *asname; /* may be NULL */
        } alias;
        struct { /* AST_WITHITEM */
            AstNode *context_expr;
            AstNode *optional_vars; /* may be NULL */
        } withitem;
        struct { /* AST_EXCEPTHANDLER */
            AstNode *type;    /* may be NULL (bare except) */
            const char *name; /* may be NULL */
            AstList body;
        } handler;
        struct { /* AST_ARGUMENTS: def f(posonly, /, args, *vararg, kwonly, **kwarg) */
            AstList posonlyargs; /* AST_ARG */
            AstList args;        /* AST_ARG */
            AstNode *vararg;     /* AST_ARG or NULL */
            AstList kwonlyargs;  /* AST_ARG */
            AstList kw_defaults; /* one per kwonly arg; an item is NULL when it has no default */
            AstNode *kwarg;      /* AST_ARG or NULL */
            AstList defaults;    /* defaults of the last len(defaults) of posonlyargs+args */
        } arguments;
        struct { /* AST_ARG */
            const char *arg;
            AstNode *annotation; /* may be NULL */
        } arg;
        struct { /* AST_COMPREHENSION */
            AstNode *target;
            AstNode *iter;
            AstList ifs;
            int is_async;
        } comprehension;
    } u;
};

/* Parsing modes, as for CPython's compile(): a file ("exec"), one
 * interactive statement ("single") or one expression ("eval": the body
 * then holds a single AST_EXPR). */
typedef enum { PARSE_FILE, PARSE_SINGLE, PARSE_EVAL } ParseMode;

/* What the parser produces for a whole input. */
/* A compile-time warning (CPython's SyntaxWarning), e.g. an invalid
 * escape sequence in a string literal. */
typedef struct AstWarning {
    int lineno;
    char msg[96];
} AstWarning;

typedef struct AstModule {
    AstList body;
    ParseMode mode; /* Module, Interactive or Expression in ast.dump */
    AstWarning *warnings; /* in source order, one per offending literal */
    int nwarnings;
} AstModule;

/* A syntax error, in the form CPython reports it. */
/* SYNERR_OVERFLOW: input nested too deeply for the parser's bounded
 * recursion; CPython raises MemoryError("Parser stack overflowed - Python
 * source too complex to parse") there, and msg holds that text. */
typedef enum { SYNERR_SYNTAX, SYNERR_INDENTATION, SYNERR_TAB, SYNERR_OVERFLOW } SynErrKind;
/* How much location a SyntaxError carries: the usual file, line and
 * columns; none at all (CPython's "encoding problem" errors when it runs
 * a script); or line 0 and offset -1 with no text (a bad coding
 * declaration in compiled bytes). */
typedef enum { SYNERR_LOCATED, SYNERR_UNLOCATED, SYNERR_LINE0 } SynErrForm;
typedef struct AstSyntaxError {
    SynErrKind kind;
    SynErrForm form;
    char msg[512];
    int lineno;            /* 1-based; 0 if CPython gives None */
    int col;               /* 1-based character (code point) offset, as SyntaxError.offset */
    int end_lineno;        /* 0 if unknown */
    int end_col;           /* 1-based, exclusive, as SyntaxError.end_offset; 0 if unknown.
                            * -1 and 0 appear exactly where CPython 3.12 reports them
                            * (e.g. indentation errors), so tracebacks draw the same carets. */
    char *line;            /* malloc'd text of the offending line (no newline) or NULL */
    int incomplete;        /* PARSE_SINGLE: input ended inside a block/bracket/string */
} AstSyntaxError;

/* Parse src[0..len) (UTF-8). Returns the module, allocated in arena, or
 * NULL with *err filled in (err->line must be freed by the caller with
 * free()). Never crashes, never loops forever, bounded C recursion. */
AstModule *ast_parse(AstArena *arena, const char *src, size_t len, ParseMode mode, AstSyntaxError *err);

/* Where source comes from decides how its PEP 263 coding declaration is
 * read: SRC_BYTES (compile() of bytes, imported modules) decodes the
 * bytes by it, reporting problems as compile() does; SRC_FILE (the script
 * being run) does the same with the messages CPython prints when it
 * reads a script ("encoding problem: NAME", "Non-UTF-8 code starting
 * with ..."); SRC_TEXT (str source: exec, eval, compile of str, -c) is
 * UTF-8 already and the declaration is ignored. ast_parse is SRC_BYTES.
 * filename is used in messages only. */
typedef enum { SRC_BYTES, SRC_FILE, SRC_TEXT } SourceKind;
AstModule *ast_parse_source(AstArena *arena, const char *src, size_t len, ParseMode mode, SourceKind kind,
                            const char *filename, AstSyntaxError *err);

/* An expression as source text, as CPython's unparser writes it for
 * `from __future__ import annotations`: *out malloc'd, NUL-terminated.
 * Returns the first walrus, yield or await in it (which such an
 * annotation may not hold), or NULL. */
const AstNode *ast_unparse_annotation(const AstNode *e, char **out, size_t *outlen);

/* Private name mangling (__x inside class C becomes _C__x), applied to a
 * parsed module in place before it is compiled; sets fn.bind/cls.bind.
 * keep_annotations: leave annotations as written (they become text under
 * `from __future__ import annotations`). */
void ast_mangle_private_names(AstArena *arena, AstModule *mod, int keep_annotations);

/* Debug dump in the style of Python's ast.dump(), for the parser's tests.
 * *out is malloc'd (caller frees) and NUL-terminated; *outlen excludes the NUL. */
void ast_dump(const AstModule *m, char **out, size_t *outlen);
/* The same, as ast.dump(tree, include_attributes=True) when include_attributes
 * is nonzero: positions are printed too, so they can be checked against CPython. */
void ast_dump_ex(const AstModule *m, int include_attributes, char **out, size_t *outlen);

/* Python's repr() of a str (UTF-8 in, ASCII/UTF-8 out) or bytes value, appended
 * to a malloc'd growable buffer; shared with tools that print constants. */
typedef struct AstBuf {
    char *data;
    size_t len, cap;
} AstBuf;
void ast_buf_put(AstBuf *b, const char *s, size_t n);
void ast_repr_str(AstBuf *b, const char *s, size_t n);
void ast_repr_bytes(AstBuf *b, const char *s, size_t n);
/* Python's repr() of a float (shortest round-trip form, "inf", "1e+16"...),
 * of an imaginary literal's complex value ("2j", "1.5j") and of an int
 * literal's text in decimal (any size: "0x1f" gives "31"). */
void ast_repr_float(AstBuf *b, double f);
void ast_repr_imag(AstBuf *b, double f);
void ast_repr_int(AstBuf *b, const char *text);

#endif
