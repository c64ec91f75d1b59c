/* numfmt: the text formatting and parsing that Python's int, float and str
 * need, written against plain C buffers so that it knows nothing of the
 * interpreter's object model.  Every function reproduces CPython 3.12's
 * output and error messages byte for byte.
 *
 * Text is UTF-8 everywhere.  Widths, precisions and indexes count code
 * points, as Python does, never bytes.
 *
 * Output goes to an nf_buf that the caller owns; functions append to it, so
 * one buffer can collect a whole `str % args` result.  Errors come back as an
 * nf_status plus, where an nf_err is passed, CPython's exact message.  The
 * status names the Python exception class the interpreter should raise.
 *
 * The library assumes the C library's LC_NUMERIC is "C" (as CPython keeps
 * it), because it relies on snprintf and strtod for correctly rounded
 * conversions.
 */
#ifndef GILPY_OBJ_NUMFMT_H
#define GILPY_OBJ_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Buffers and errors                                                  */
/* ------------------------------------------------------------------ */

/* A growable byte buffer.  `data` is NUL-terminated whenever it is not NULL.
 * A failed allocation sets `failed` and turns later appends into no-ops, so
 * that long chains of appends need a single check at the end. */
typedef struct nf_buf {
    char *data;
    size_t len;
    size_t cap;
    bool failed;
} nf_buf;

#define NF_BUF_INIT { NULL, 0, 0, false }

void nf_buf_init(nf_buf *b);
void nf_buf_free(nf_buf *b);
/* Empties the buffer but keeps its memory. */
void nf_buf_clear(nf_buf *b);
/* Appends n bytes (literal text between conversions, for instance). */
void nf_buf_append(nf_buf *b, const char *s, size_t n);

/* The Python exception class an error corresponds to. */
typedef enum nf_status {
    NF_OK = 0,
    NF_VALUE_ERROR,
    NF_OVERFLOW_ERROR,
    NF_MEMORY_ERROR
} nf_status;

/* An error report: the status and CPython's message (NUL-terminated UTF-8 in
 * msg.data; empty for NF_MEMORY_ERROR).  Initialise with NF_ERR_INIT or
 * nf_err_init, release with nf_err_free. */
typedef struct nf_err {
    nf_status code;
    nf_buf msg;
} nf_err;

#define NF_ERR_INIT { NF_OK, NF_BUF_INIT }

void nf_err_init(nf_err *e);
void nf_err_free(nf_err *e);
/* The message text, never NULL. */
const char *nf_err_message(const nf_err *e);

/* ------------------------------------------------------------------ */
/* Floats to text                                                      */
/* ------------------------------------------------------------------ */

/* Flags for nf_double_to_string, matching CPython's Py_DTSF_* meanings. */
enum {
    NF_DTSF_ALT = 1u << 0,       /* '#': keep trailing zeros and the point */
    NF_DTSF_ADD_DOT_0 = 1u << 1, /* integral results get ".0" (repr style) */
    NF_DTSF_NO_NEG_0 = 1u << 2   /* 'z': a result that rounds to zero loses
                                    its minus sign */
};

/* Appends x formatted like CPython's PyOS_double_to_string.
 * code: 'e' 'E' 'f' 'F' 'g' 'G' (precision as in printf; 0 means 1 for g,
 *       a negative one counts as 0), or 'r' for the shortest round-tripping
 *       digits (precision ignored; any other code also means 'r').
 * Upper-case codes give 'E', "INF" and "NAN".
 * Returns NF_OK, or NF_MEMORY_ERROR. */
nf_status nf_double_to_string(nf_buf *out, double x, char code, int precision,
                              unsigned flags);

/* Appends repr(x) == str(x): '0.1', '1e+16', '1e-05', '1.0', 'inf', 'nan',
 * '-0.0'. */
nf_status nf_float_repr(nf_buf *out, double x);

/* Appends float.hex(x): '0x1.8000000000000p+0', '-0x0.0p+0', 'inf'. */
nf_status nf_float_hex(nf_buf *out, double x);

/* ------------------------------------------------------------------ */
/* Text to floats                                                      */
/* ------------------------------------------------------------------ */

/* float(s) for a str argument.  Accepts surrounding whitespace (Unicode
 * whitespace included), a sign, digits with single underscores between
 * them, a fraction and an exponent, or inf/infinity/nan in any case.
 * Non-ASCII decimal digits count as their ASCII equivalents.
 * On failure: NF_VALUE_ERROR with message "could not convert string to
 * float: " -- the interpreter appends repr() of the original object. */
nf_status nf_parse_float(const char *s, size_t len, double *result,
                         nf_err *err);

/* float.fromhex(s).  Errors: NF_VALUE_ERROR "invalid hexadecimal
 * floating-point string", NF_OVERFLOW_ERROR "hexadecimal value too large to
 * represent as a float". */
nf_status nf_float_fromhex(const char *s, size_t len, double *result,
                           nf_err *err);

/* ------------------------------------------------------------------ */
/* round()                                                             */
/* ------------------------------------------------------------------ */

/* round(x) without ndigits, before conversion to int: the nearest integral
 * double, ties to even.  Infinities and NaNs come back unchanged; turning
 * them into an int is the interpreter's error to raise. */
double nf_round_half_even(double x);

/* round(x, ndigits) for a float x: the exact binary value of x rounded
 * half-even to ndigits decimal places (negative ndigits round to tens,
 * hundreds, ...).  ndigits is the clipped Py_ssize_t value.
 * Error: NF_OVERFLOW_ERROR "rounded value too large to represent". */
nf_status nf_round_double(double x, int64_t ndigits, double *result,
                          nf_err *err);

/* ------------------------------------------------------------------ */
/* Unicode helpers shared with the interpreter                         */
/* ------------------------------------------------------------------ */

/* The digit value of a Unicode decimal digit (category Nd), or -1. */
int nf_unicode_decimal(uint32_t cp);
/* str.isspace() for one code point. */
bool nf_unicode_isspace(uint32_t cp);

/* ------------------------------------------------------------------ */
/* The format-spec mini-language: format(value, spec)                  */
/* ------------------------------------------------------------------ */

/* What kind of object is being formatted; it fixes the defaults (type 'd'
 * and right alignment for int, no type and right alignment for float, type
 * 's' and left alignment for str). */
typedef enum nf_kind { NF_KIND_INT, NF_KIND_FLOAT, NF_KIND_STR } nf_kind;

/* A parsed [[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision]
 * [type] specifier. */
typedef struct nf_spec {
    uint32_t fill;     /* any code point; ' ' by default */
    char align;        /* '<' '>' '^' '=' */
    char sign;         /* 0, '+', '-' or ' ' */
    bool no_neg_0;     /* 'z' */
    bool alternate;    /* '#' */
    char grouping;     /* 0, ',' or '_' */
    int group_size;    /* 3, or 4 for '_' with b/o/x/X */
    int64_t width;     /* -1 when absent */
    int64_t precision; /* -1 when absent */
    uint32_t type;     /* the type code point, or 0 for none */
} nf_spec;

/* Parses spec (UTF-8, spec_len bytes).  type_name is the Python type's name
 * for messages ("int", "bool", "float", "str", ...).  An empty spec parses
 * to the defaults, which every nf_format_* function renders as str(value)
 * would for exact int, float and str -- for subclasses (bool included)
 * CPython calls str(value) on an empty spec, which is the interpreter's
 * to do.
 * Errors (NF_VALUE_ERROR): "Invalid format specifier '...' for object of
 * type '...'", "Format specifier missing precision", "Too many decimal
 * digits in format string", "Cannot specify both ',' and '_'.",
 * "Cannot specify ',' with 's'.". */
nf_status nf_spec_parse(const char *spec, size_t spec_len, nf_kind kind,
                        const char *type_name, nf_spec *out, nf_err *err);

/* How an int value must be supplied to honour a parsed spec. */
typedef enum nf_int_route {
    NF_INT_DIGITS, /* call nf_format_int with magnitude digits in *base */
    NF_INT_CHAR,   /* type 'c': call nf_format_char with the value */
    NF_INT_FLOAT   /* e E f F g G %: convert to float (raising
                      OverflowError "int too large to convert to float"
                      as needed), then call nf_format_float */
} nf_int_route;

/* Checks a parsed spec against an int and says how to continue.  Raises the
 * errors CPython raises before it looks at the value: unknown type code,
 * precision given, 'z' given, sign or '#' with 'c'. */
nf_status nf_spec_int_route(const nf_spec *spec, const char *type_name,
                            nf_int_route *route, int *base, nf_err *err);

/* Formats an int whose sign is `negative` and whose magnitude is the digit
 * string digits[0..ndigits) in the base nf_spec_int_route gave (letters in
 * either case).  The spec must have been accepted by nf_spec_int_route with
 * route NF_INT_DIGITS. */
nf_status nf_format_int(nf_buf *out, const nf_spec *spec, bool negative,
                        const char *digits, size_t ndigits, nf_err *err);

/* Formats type 'c' for an int value (already converted to a C integer; the
 * interpreter raises "Python int too large to convert to C long" first).
 * Error: NF_OVERFLOW_ERROR "%c arg not in range(0x110000)". */
nf_status nf_format_char(nf_buf *out, const nf_spec *spec, int64_t value,
                         nf_err *err);

/* Formats a float (types e E f F g G n % and none).  Errors: unknown type
 * code, "precision too big". */
nf_status nf_format_float(nf_buf *out, const nf_spec *spec, double x,
                          const char *type_name, nf_err *err);

/* Formats a str (type 's' or none): fill, align, width and precision
 * truncation in code points.  Errors: unknown type code, "Sign not allowed
 * in string format specifier", "Space not allowed ...", "Negative zero
 * coercion (z) not allowed ...", "Alternate form (#) not allowed ...",
 * "'=' alignment not allowed in string format specifier". */
nf_status nf_format_str(nf_buf *out, const nf_spec *spec, const char *text,
                        size_t text_len, const char *type_name, nf_err *err);

/* ------------------------------------------------------------------ */
/* printf-style formatting: str % args                                  */
/* ------------------------------------------------------------------ */

enum {
    NF_PCT_LJUST = 1u << 0, /* '-' */
    NF_PCT_SIGN = 1u << 1,  /* '+' */
    NF_PCT_BLANK = 1u << 2, /* ' ' */
    NF_PCT_ALT = 1u << 3,   /* '#' */
    NF_PCT_ZERO = 1u << 4   /* '0' */
};

/* One conversion specifier %[(key)][flags][width][.precision][hlL]type. */
typedef struct nf_pct_spec {
    bool literal_percent; /* "%%": append '%' and consume no argument */
    bool has_key;         /* a "(key)" starts here */
    bool key_unterminated; /* ...but its ')' is missing */
    size_t key_start;     /* byte offset of the key inside the format */
    size_t key_len;       /* key length in bytes */
    unsigned flags;       /* NF_PCT_* */
    bool width_star;      /* width is '*': take it from the next argument */
    bool prec_star;       /* precision is '*' */
    int64_t width;        /* -1 when absent */
    int prec;             /* -1 when absent */
    uint32_t conv;        /* the conversion character */
    size_t conv_index;    /* its index in code points, for messages */
    size_t end;           /* byte offset just past the specifier */
} nf_pct_spec;

/* Parses the specifier that starts at byte offset pos of fmt, just after a
 * '%'; cp_pos is the code-point index of that same position.  On success
 * spec->end says where literal text resumes.
 *
 * CPython consumes a mapping key and '*' arguments while it parses, so its
 * errors interleave with argument errors.  To reproduce that order the
 * interpreter, whatever this function returned, does in turn:
 *   1. if has_key and the right operand is not a mapping: TypeError
 *      "format requires a mapping";
 *   2. if key_unterminated: raise err;
 *   3. if has_key: look the key up (KeyError) -- it becomes the argument
 *      source for what follows;
 *   4. if width_star: fetch the width argument, nf_pct_set_width;
 *   5. if prec_star: fetch the precision argument, nf_pct_set_prec;
 *   6. if this function failed: raise err;
 *   7. fetch the value, check nf_pct_conv_supported, and format it.
 * On failure the flags describe only what was parsed before the error.
 * Errors (NF_VALUE_ERROR): "incomplete format", "incomplete format key",
 * "width too big", "precision too big".  An unknown conversion character is
 * not an error here: CPython first fetches the value, so check with
 * nf_pct_conv_supported after fetching it. */
nf_status nf_pct_parse(const char *fmt, size_t len, size_t pos,
                       size_t cp_pos, nf_pct_spec *spec, nf_err *err);

/* Applies a '*' width argument (negative means left-justify). */
void nf_pct_set_width(nf_pct_spec *spec, int64_t width);
/* Applies a '*' precision argument (negative means 0). */
void nf_pct_set_prec(nf_pct_spec *spec, int prec);

/* Whether conv is one of s r a d i u o x X e E f F g G c.  If not, fills err
 * with "unsupported format character 'y' (0x79) at index 3" and returns
 * false. */
bool nf_pct_conv_supported(const nf_pct_spec *spec, nf_err *err);

/* The base the interpreter must render the int magnitude in for d i u o x X
 * (10, 8 or 16), or 0 for other conversions. */
int nf_pct_int_base(uint32_t conv);

/* Formats an int for d i u o x X, given sign and magnitude digits in
 * nf_pct_int_base(conv). */
nf_status nf_pct_format_int(nf_buf *out, const nf_pct_spec *spec,
                            bool negative, const char *digits,
                            size_t ndigits);

/* Formats a float for e E f F g G. */
nf_status nf_pct_format_float(nf_buf *out, const nf_pct_spec *spec,
                              double x);

/* Pads text that the interpreter produced for s r a (truncated to the
 * precision) or for c given a one-character str. */
nf_status nf_pct_format_text(nf_buf *out, const nf_pct_spec *spec,
                             const char *text, size_t text_len);

/* Formats c given an int (already converted to a C integer).
 * Error: NF_OVERFLOW_ERROR "%c arg not in range(0x110000)". */
nf_status nf_pct_format_char(nf_buf *out, const nf_pct_spec *spec,
                             int64_t value, nf_err *err);

#endif
