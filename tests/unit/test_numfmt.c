/* Replays the CPython 3.12 vectors in tests/unit/numfmt_vectors/ (written by
 * gen_numfmt_vectors.py) against src/obj/numfmt*.c, plus direct checks of
 * API details the vectors cannot see.  Prints failures, then one line
 * "N passed, N failed"; exits non-zero if anything failed.
 *
 * Usage: test_numfmt [vector-dir]   (default tests/unit/numfmt_vectors) */
#include "obj/numfmt.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tallies, passed explicitly instead of living in globals. */
typedef struct tally {
    long passed;
    long failed;
    long shown;
} tally;

enum { MAX_SHOWN = 60, MAX_FIELDS = 32 };

static void report(tally *t, bool ok, const char *what, const char *input,
                   const char *want, const char *got)
{
    if (ok) {
        t->passed++;
        return;
    }
    t->failed++;
    if (t->shown++ < MAX_SHOWN)
        fprintf(stderr, "FAIL %s [%s]\n  want: %s\n  got:  %s\n", what, input,
                want, got);
}

static void check(tally *t, bool ok, const char *what)
{
    report(t, ok, what, "", "true", "false");
}

/* ---------------------------------------------------------- vector files */

typedef struct line {
    char *fields[MAX_FIELDS];
    size_t lens[MAX_FIELDS];
    int n;
} line;

/* Splits on tabs and undoes the generator's escapes in place. */
static void split_line(char *s, line *ln)
{
    ln->n = 0;
    char *src = s;
    while (ln->n < MAX_FIELDS) {
        char *start = src, *dst = src;
        while (*src && *src != '\t') {
            if (*src == '\\' && src[1]) {
                src++;
                char c = *src++;
                *dst++ = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r'
                       : c == '0' ? '\0' : c;
            } else {
                *dst++ = *src++;
            }
        }
        bool more = *src == '\t';
        ln->fields[ln->n] = start;
        ln->lens[ln->n] = (size_t)(dst - start);
        ln->n++;
        *dst = '\0';
        if (!more)
            break;
        src++;
    }
}

typedef void (*row_fn)(tally *t, const line *ln);

static void run_file(tally *t, const char *dir, const char *name, row_fn fn)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        report(t, false, "open vectors", path, "readable", "missing");
        return;
    }
    size_t cap = 1 << 16;
    char *buf = malloc(cap);
    long rows = 0;
    while (buf) {
        size_t len = 0;
        int c;
        while ((c = fgetc(f)) != EOF && c != '\n') {
            if (len + 1 >= cap) {
                char *nb = realloc(buf, cap * 2);
                if (!nb) {
                    free(buf);
                    buf = NULL;
                    break;
                }
                buf = nb;
                cap *= 2;
            }
            buf[len++] = (char)c;
        }
        if (!buf || (c == EOF && len == 0))
            break;
        buf[len] = '\0';
        line ln;
        split_line(buf, &ln);
        fn(t, &ln);
        rows++;
    }
    free(buf);
    fclose(f);
    if (rows == 0)
        report(t, false, "vector rows", path, "some", "none");
}

/* ------------------------------------------------------------- helpers */

static void put_text(nf_buf *out, const char *s)
{
    nf_buf_append(out, s, strlen(s));
}

static double from_bits(const char *hex)
{
    unsigned long long u = strtoull(hex, NULL, 16);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static void put_bits(nf_buf *out, double d)
{
    unsigned long long u;
    memcpy(&u, &d, sizeof u);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "=%016llx", u);
    nf_buf_clear(out);
    put_text(out, tmp);
}

/* The result notation of the vectors: "=text" or "!C message". */
static void put_error(nf_buf *out, nf_status st, const nf_err *err)
{
    nf_buf_clear(out);
    const char *cls = st == NF_VALUE_ERROR ? "!V " : st == NF_OVERFLOW_ERROR
                                                         ? "!O "
                                                         : "!M ";
    put_text(out, cls);
    put_text(out, nf_err_message(err));
}

static void put_errorf(nf_buf *out, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    nf_buf_clear(out);
    put_text(out, tmp);
}

static bool same(const nf_buf *got, const char *want, size_t want_len)
{
    return got->len == want_len && memcmp(got->data ? got->data : "", want,
                                          want_len) == 0;
}

/* Decimal digit string (optional '-') to digits in `base`, by repeated
 * long division, so that ints far beyond 64 bits can be tested. */
static void to_base(const char *dec, int base, bool *negative, nf_buf *out)
{
    *negative = dec[0] == '-';
    if (*negative)
        dec++;
    size_t n = strlen(dec);
    unsigned char *num = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        num[i] = (unsigned char)(dec[i] - '0');
    nf_buf rev = NF_BUF_INIT;
    size_t start = 0;
    while (start < n && num[start] == 0)
        start++;
    if (start == n)
        put_text(&rev, "0");
    while (start < n) {
        unsigned rem = 0;
        for (size_t i = start; i < n; i++) {
            unsigned cur = rem * 10 + num[i];
            num[i] = (unsigned char)(cur / (unsigned)base);
            rem = cur % (unsigned)base;
        }
        char digit = "0123456789abcdef"[rem];
        nf_buf_append(&rev, &digit, 1);
        while (start < n && num[start] == 0)
            start++;
    }
    nf_buf_clear(out);
    for (size_t i = rev.len; i > 0; i--)
        nf_buf_append(out, &rev.data[i - 1], 1);
    nf_buf_free(&rev);
    free(num);
}

/* -------------------------------------------------------------- runners */

static void row_repr(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_float_repr(&got, from_bits(ln->fields[0]));
    report(t, same(&got, ln->fields[1], ln->lens[1]), "repr", ln->fields[0],
           ln->fields[1], got.data ? got.data : "");
    nf_buf_free(&got);
}

static void expect(tally *t, const char *what, const line *ln, int in_field,
                   int want_field, const nf_buf *got)
{
    report(t, same(got, ln->fields[want_field], ln->lens[want_field]), what,
           ln->fields[in_field], ln->fields[want_field],
           got->data ? got->data : "");
}

/* fields: double bits, spec, result */
static void row_format_float(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    nf_spec spec;
    double x = from_bits(ln->fields[0]);
    nf_status st = nf_spec_parse(ln->fields[1], ln->lens[1], NF_KIND_FLOAT,
                                 "float", &spec, &err);
    if (st == NF_OK) {
        put_text(&got, "=");
        st = nf_format_float(&got, &spec, x, "float", &err);
    }
    if (st != NF_OK)
        put_error(&got, st, &err);
    char input[256];
    snprintf(input, sizeof input, "%s | %s", ln->fields[0], ln->fields[1]);
    report(t, same(&got, ln->fields[2], ln->lens[2]), "format(float)", input,
           ln->fields[2], got.data);
    nf_buf_free(&got);
    nf_err_free(&err);
}

/* fields: decimal int, spec, result */
static void row_format_int(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT, digits = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    nf_spec spec;
    nf_int_route route;
    int base;
    const char *v = ln->fields[0];
    const char *type_name = ln->n > 3 ? ln->fields[3] : "int";
    nf_status st = nf_spec_parse(ln->fields[1], ln->lens[1], NF_KIND_INT,
                                 type_name, &spec, &err);
    if (st == NF_OK)
        st = nf_spec_int_route(&spec, type_name, &route, &base, &err);
    if (st == NF_OK) {
        put_text(&got, "=");
        if (route == NF_INT_DIGITS) {
            bool neg;
            to_base(v, base, &neg, &digits);
            st = nf_format_int(&got, &spec, neg, digits.data, digits.len,
                               &err);
        } else if (route == NF_INT_CHAR) {
            st = nf_format_char(&got, &spec, strtoll(v, NULL, 10), &err);
        } else {
            st = nf_format_float(&got, &spec, strtod(v, NULL), type_name,
                                 &err);
        }
    }
    if (st != NF_OK)
        put_error(&got, st, &err);
    char input[600];
    snprintf(input, sizeof input, "%s | %s", v, ln->fields[1]);
    report(t, same(&got, ln->fields[2], ln->lens[2]), "format(int)", input,
           ln->fields[2], got.data);
    nf_buf_free(&got);
    nf_buf_free(&digits);
    nf_err_free(&err);
}

/* fields: text, spec, result */
static void row_format_str(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    nf_spec spec;
    nf_status st = nf_spec_parse(ln->fields[1], ln->lens[1], NF_KIND_STR,
                                 "str", &spec, &err);
    if (st == NF_OK) {
        put_text(&got, "=");
        st = nf_format_str(&got, &spec, ln->fields[0], ln->lens[0], "str",
                           &err);
    }
    if (st != NF_OK)
        put_error(&got, st, &err);
    char input[256];
    snprintf(input, sizeof input, "%s | %s", ln->fields[0], ln->fields[1]);
    report(t, same(&got, ln->fields[2], ln->lens[2]), "format(str)", input,
           ln->fields[2], got.data);
    nf_buf_free(&got);
    nf_err_free(&err);
}

/* ------------------------------------------------ str % args, as a driver */

/* An argument from the vectors: i<decimal>, f<bits>, s<text>, k<key>. */
typedef struct arg {
    char kind;
    const char *text;
    size_t len;
} arg;

/* The interpreter's side of `fmt % args`, written the way the header tells
 * an interpreter to use the API.  Tuple mode, or dict mode when the first
 * vector argument is "D" (then keys and values alternate). */
typedef struct pct_state {
    const arg *args;
    int nargs;
    bool dict;
    const arg *source; /* dict value selected by the last key */
    long idx, len;     /* CPython's argidx / arglen */
} pct_state;

static const arg *next_arg(pct_state *s)
{
    if (s->idx < s->len) {
        long i = s->idx++;
        return s->len < 0 ? s->source : &s->args[i];
    }
    return NULL;
}

static void int_text(const arg *a, nf_buf *out)
{
    nf_buf_append(out, a->text, a->len);
}

static void str_text(const arg *a, nf_buf *out)
{
    if (a->kind == 'f')
        nf_float_repr(out, from_bits(a->text));
    else
        nf_buf_append(out, a->text, a->len);
}

static double arg_double(const arg *a)
{
    return a->kind == 'f' ? from_bits(a->text) : strtod(a->text, NULL);
}

static void percent_format(const char *fmt, size_t len, pct_state *s,
                           nf_buf *out)
{
    nf_err err = NF_ERR_INIT;
    nf_buf tmp = NF_BUF_INIT;
    size_t i = 0, cp = 0;
    nf_buf_clear(out);
    put_text(out, "=");
    while (i < len) {
        if (fmt[i] != '%') {
            size_t start = i++;
            while (i < len && ((unsigned char)fmt[i] & 0xC0) == 0x80)
                i++;
            nf_buf_append(out, fmt + start, i - start);
            cp++;
            continue;
        }
        nf_pct_spec spec;
        nf_status st = nf_pct_parse(fmt, len, i + 1, cp + 1, &spec, &err);
        if (spec.literal_percent) {
            put_text(out, "%");
            i = spec.end;
            cp += 2;
            continue;
        }
        if (spec.has_key && !s->dict) {
            put_errorf(out, "!T format requires a mapping");
            goto done;
        }
        if (spec.key_unterminated)
            goto fail;
        if (spec.has_key) {
            const arg *found = NULL;
            for (int k = 1; k + 1 < s->nargs; k += 2)
                if (s->args[k].len == spec.key_len &&
                    memcmp(s->args[k].text, fmt + spec.key_start,
                           spec.key_len) == 0)
                    found = &s->args[k + 1];
            if (!found) {
                put_errorf(out, "!K '%.*s'", (int)spec.key_len,
                           fmt + spec.key_start);
                goto done;
            }
            s->source = found;
            s->len = -1;
            s->idx = -2;
        }
        if (spec.width_star) {
            const arg *w = next_arg(s);
            if (!w)
                goto not_enough;
            nf_pct_set_width(&spec, strtoll(w->text, NULL, 10));
        }
        if (spec.prec_star) {
            const arg *p = next_arg(s);
            if (!p)
                goto not_enough;
            nf_pct_set_prec(&spec, (int)strtol(p->text, NULL, 10));
        }
        if (st != NF_OK)
            goto fail;
        const arg *v = next_arg(s);
        if (!v)
            goto not_enough;
        if (!nf_pct_conv_supported(&spec, &err)) {
            st = err.code;
            goto fail;
        }
        int base = nf_pct_int_base(spec.conv);
        nf_buf_clear(&tmp);
        switch (spec.conv) {
        case 's': case 'r': case 'a':
            if (v->kind == 'i')
                int_text(v, &tmp);
            else
                str_text(v, &tmp);
            st = nf_pct_format_text(out, &spec, tmp.data, tmp.len);
            break;
        case 'c':
            if (v->kind == 's')
                st = nf_pct_format_text(out, &spec, v->text, v->len);
            else
                st = nf_pct_format_char(out, &spec,
                                        strtoll(v->text, NULL, 10), &err);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            st = nf_pct_format_float(out, &spec, arg_double(v));
            break;
        default: {
            bool neg;
            to_base(v->text, base, &neg, &tmp);
            st = nf_pct_format_int(out, &spec, neg, tmp.data, tmp.len);
            break;
        }
        }
        if (st != NF_OK)
            goto fail;
        i = spec.end;
        cp = spec.conv_index + 1;
    }
    if (s->idx < s->len && !s->dict)
        put_errorf(out,
                   "!T not all arguments converted during string formatting");
    goto done;
not_enough:
    put_errorf(out, "!T not enough arguments for format string");
    goto done;
fail:
    put_error(out, err.code, &err);
done:
    nf_buf_free(&tmp);
    nf_err_free(&err);
}

/* fields: format, result, args... */
static void row_percent(tally *t, const line *ln)
{
    arg args[MAX_FIELDS];
    int n = 0;
    for (int f = 2; f < ln->n; f++) {
        args[n].kind = ln->fields[f][0];
        args[n].text = ln->fields[f] + 1;
        args[n].len = ln->lens[f] - 1;
        n++;
    }
    pct_state s = { args, n, false, NULL, 0, n };
    if (n > 0 && args[0].kind == 'D') {
        s.dict = true;
        s.len = -1;
        s.idx = -2;
    }
    nf_buf got = NF_BUF_INIT;
    percent_format(ln->fields[0], ln->lens[0], &s, &got);
    expect(t, "str % args", ln, 0, 1, &got);
    nf_buf_free(&got);
}

/* ---------------------------------------------------- parsing, round, hex */

static const char float_prefix[] = "could not convert string to float: ";

/* fields: text, result (the message's repr part is the interpreter's) */
static void row_parse_float(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    double x;
    nf_status st = nf_parse_float(ln->fields[0], ln->lens[0], &x, &err);
    const char *want = ln->fields[1];
    if (st == NF_OK) {
        put_bits(&got, x);
        expect(t, "float(str)", ln, 0, 1, &got);
    } else {
        bool ok = strncmp(want, "!V ", 3) == 0 &&
                  strncmp(want + 3, float_prefix, strlen(float_prefix)) == 0 &&
                  strcmp(nf_err_message(&err), float_prefix) == 0;
        report(t, ok, "float(str)", ln->fields[0], want,
               nf_err_message(&err));
    }
    nf_buf_free(&got);
    nf_err_free(&err);
}

/* fields: bits, ndigits, result */
static void row_round(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    double r;
    nf_status st = nf_round_double(from_bits(ln->fields[0]),
                                   strtoll(ln->fields[1], NULL, 10), &r, &err);
    if (st == NF_OK)
        put_bits(&got, r);
    else
        put_error(&got, st, &err);
    char input[128];
    snprintf(input, sizeof input, "%s, %s", ln->fields[0], ln->fields[1]);
    report(t, same(&got, ln->fields[2], ln->lens[2]), "round(x, n)", input,
           ln->fields[2], got.data);
    nf_buf_free(&got);
    nf_err_free(&err);
}

/* fields: bits, bits of float(round(x)); compared as values because an
 * int has no negative zero. */
static void row_round_int(tally *t, const line *ln)
{
    double want = from_bits(ln->fields[1]);
    double got = nf_round_half_even(from_bits(ln->fields[0]));
    char g[64];
    snprintf(g, sizeof g, "%.17g", got);
    report(t, got == want, "round(x)", ln->fields[0], ln->fields[1], g);
}

static void row_hex(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_float_hex(&got, from_bits(ln->fields[0]));
    expect(t, "float.hex", ln, 0, 1, &got);
    nf_buf_free(&got);
}

static void row_fromhex(tally *t, const line *ln)
{
    nf_buf got = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    double x;
    nf_status st = nf_float_fromhex(ln->fields[0], ln->lens[0], &x, &err);
    if (st == NF_OK)
        put_bits(&got, x);
    else
        put_error(&got, st, &err);
    expect(t, "float.fromhex", ln, 0, 1, &got);
    nf_buf_free(&got);
    nf_err_free(&err);
}

/* ------------------------------------------------------- direct checks */

static bool text_is(const nf_buf *b, const char *want)
{
    return same(b, want, strlen(want));
}

static void direct_checks(tally *t)
{
    nf_buf b = NF_BUF_INIT;
    nf_err err = NF_ERR_INIT;
    nf_pct_spec ps;

    const char *f1 = "x%(na\xc3\xa9)-#5.2fy";
    check(t, nf_pct_parse(f1, strlen(f1), 2, 2, &ps, &err) == NF_OK,
          "pct parse ok");
    check(t, ps.has_key && !ps.key_unterminated && ps.key_start == 3 &&
                 ps.key_len == 4 && memcmp(f1 + 3, "na\xc3\xa9", 4) == 0,
          "pct key offsets");
    check(t, ps.flags == (NF_PCT_LJUST | NF_PCT_ALT) && ps.width == 5 &&
                 ps.prec == 2 && ps.conv == 'f',
          "pct flags width prec conv");
    check(t, ps.conv_index == 12 && ps.end == strlen(f1) - 1,
          "pct conv index counts code points, end counts bytes");
    check(t, nf_pct_parse("%%", 2, 1, 1, &ps, &err) == NF_OK &&
                 ps.literal_percent && ps.end == 2,
          "pct literal percent");
    check(t, nf_pct_parse("%*.*d", 5, 1, 1, &ps, &err) == NF_OK &&
                 ps.width_star && ps.prec_star,
          "pct stars");
    nf_pct_set_width(&ps, -7);
    nf_pct_set_prec(&ps, -3);
    check(t, ps.width == 7 && (ps.flags & NF_PCT_LJUST) && ps.prec == 0,
          "pct star values");
    check(t, nf_pct_parse("%(ab", 4, 1, 1, &ps, &err) == NF_VALUE_ERROR &&
                 ps.has_key && ps.key_unterminated &&
                 strcmp(nf_err_message(&err), "incomplete format key") == 0,
          "pct unterminated key");
    check(t, nf_pct_parse("%*", 2, 1, 1, &ps, &err) == NF_VALUE_ERROR &&
                 ps.width_star &&
                 strcmp(nf_err_message(&err), "incomplete format") == 0,
          "pct star before incomplete");
    check(t, nf_pct_int_base('X') == 16 && nf_pct_int_base('o') == 8 &&
                 nf_pct_int_base('u') == 10 && nf_pct_int_base('f') == 0,
          "pct int base");

    check(t, nf_unicode_decimal('7') == 7 && nf_unicode_decimal(0x0663) == 3 &&
                 nf_unicode_decimal(0x1FBF9) == 9 &&
                 nf_unicode_decimal(0x1FBFA) == -1 &&
                 nf_unicode_decimal('a') == -1 &&
                 nf_unicode_decimal(0x2F) == -1,
          "unicode decimal");
    check(t, nf_unicode_isspace(0x3000) && nf_unicode_isspace(0x1C) &&
                 nf_unicode_isspace(0x200A) && !nf_unicode_isspace(0x200B) &&
                 !nf_unicode_isspace('x'),
          "unicode isspace");

    /* Requests beyond the exact digit count are padded, not truncated. */
    nf_buf_clear(&b);
    nf_double_to_string(&b, 0.1, 'f', 1100, 0);
    char *ref = malloc(1200);
    snprintf(ref, 1200, "%.1100f", 0.1);
    check(t, text_is(&b, ref), "f beyond the exact digits");
    nf_buf_clear(&b);
    nf_double_to_string(&b, 5e-324, 'e', 900, 0);
    snprintf(ref, 1200, "%.900e", 5e-324);
    check(t, text_is(&b, ref), "e beyond the exact digits");
    free(ref);
    nf_buf_clear(&b);
    nf_double_to_string(&b, 1.0 / 3.0, 'g', 900, NF_DTSF_ALT);
    ref = malloc(1200);
    snprintf(ref, 1200, "%#.900g", 1.0 / 3.0);
    check(t, text_is(&b, ref), "g beyond the exact digits");
    free(ref);
    nf_buf_clear(&b);
    nf_double_to_string(&b, 1.5, 'f', -3, 0);
    check(t, text_is(&b, "2"), "negative precision counts as 0");
    nf_buf_clear(&b);
    nf_double_to_string(&b, 0.5, 'g', 0, 0);
    check(t, text_is(&b, "0.5"), "g precision 0 means 1");
    nf_buf_clear(&b);
    nf_double_to_string(&b, -0.0001, 'f', 2, NF_DTSF_NO_NEG_0);
    check(t, text_is(&b, "0.00"), "no negative zero");

    /* Appends accumulate; clear keeps memory. */
    nf_buf_clear(&b);
    nf_float_repr(&b, 0.1);
    nf_buf_append(&b, " ", 1);
    nf_float_hex(&b, 1.0);
    check(t, text_is(&b, "0.1 0x1.0000000000000p+0"), "appends accumulate");
    nf_buf_clear(&b);
    check(t, b.len == 0 && b.data && b.data[0] == '\0', "clear");

    /* Digit letters may come in either case; the type decides. */
    nf_spec spec;
    nf_int_route route;
    int base;
    nf_buf_clear(&b);
    check(t, nf_spec_parse("#x", 2, NF_KIND_INT, "int", &spec, &err) ==
                     NF_OK &&
                 nf_spec_int_route(&spec, "int", &route, &base, &err) ==
                     NF_OK &&
                 route == NF_INT_DIGITS && base == 16 &&
                 nf_format_int(&b, &spec, false, "FF", 2, &err) == NF_OK &&
                 text_is(&b, "0xff"),
          "format x lowers digits");
    nf_buf_clear(&b);
    check(t, nf_pct_parse("%x", 2, 1, 1, &ps, &err) == NF_OK &&
                 nf_pct_format_int(&b, &ps, true, "AB", 2) == NF_OK &&
                 text_is(&b, "-ab"),
          "pct x lowers digits");

    /* A byte that is not valid UTF-8 counts as one character. */
    nf_buf_clear(&b);
    check(t, nf_spec_parse("*^5", 3, NF_KIND_STR, "str", &spec, &err) ==
                     NF_OK &&
                 nf_format_str(&b, &spec, "\xff\xe6" "a\xe6", 4, "str",
                               &err) == NF_OK &&
                 text_is(&b, "\xff\xe6" "a\xe6*"),
          "malformed UTF-8 counts bytes");

    /* Absurd widths are CPython's MemoryError, and the buffer stays
     * failed until cleared. */
    nf_buf_clear(&b);
    check(t, nf_spec_parse("9223372036854775807", 19, NF_KIND_STR, "str",
                           &spec, &err) == NF_OK &&
                 nf_format_str(&b, &spec, "x", 1, "str", &err) ==
                     NF_MEMORY_ERROR &&
                 err.code == NF_MEMORY_ERROR && b.failed,
          "huge width is a memory error");
    size_t before = b.len;
    nf_buf_append(&b, "y", 1);
    check(t, b.failed && b.len == before, "failed buffer ignores appends");
    check(t, nf_pct_parse("%9223372036854775807d", 21, 1, 1, &ps, &err) ==
                     NF_OK &&
                 nf_pct_format_int(&b, &ps, false, "1", 1) ==
                     NF_MEMORY_ERROR,
          "huge pct width is a memory error");
    nf_buf_clear(&b);
    check(t, !b.failed, "clear resets failure");

    nf_err e2;
    nf_err_init(&e2);
    check(t, e2.code == NF_OK && strcmp(nf_err_message(&e2), "") == 0,
          "err init");
    nf_err_free(&e2);

    double r;
    check(t, nf_round_double(1.7976931348623157e308, -305, &r, &err) ==
                     NF_OVERFLOW_ERROR &&
                 strcmp(nf_err_message(&err),
                        "rounded value too large to represent") == 0,
          "round overflow");
    check(t, nf_parse_float("1e5", 3, &r, NULL) == NF_OK && r == 1e5,
          "parse without err");
    check(t, nf_parse_float("x", 1, &r, NULL) == NF_VALUE_ERROR,
          "parse error without err");

    nf_buf_free(&b);
    nf_err_free(&err);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "tests/unit/numfmt_vectors";
    tally t = { 0, 0, 0 };
    direct_checks(&t);
    run_file(&t, dir, "repr.txt", row_repr);
    run_file(&t, dir, "format_float.txt", row_format_float);
    run_file(&t, dir, "format_int.txt", row_format_int);
    run_file(&t, dir, "format_str.txt", row_format_str);
    run_file(&t, dir, "percent.txt", row_percent);
    run_file(&t, dir, "parse_float.txt", row_parse_float);
    run_file(&t, dir, "round.txt", row_round);
    run_file(&t, dir, "round_int.txt", row_round_int);
    run_file(&t, dir, "hex.txt", row_hex);
    run_file(&t, dir, "fromhex.txt", row_fromhex);
    printf("%ld passed, %ld failed\n", t.passed, t.failed);
    return t.failed ? 1 : 0;
}
