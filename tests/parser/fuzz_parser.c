/* fuzz_parser - mutation fuzzing of ast_parse.
 *
 * usage: fuzz_parser SECONDS [--seed N] FILE...
 *
 * Repeatedly takes one of the files, applies a few random mutations
 * (byte edits, inserted Python fragments, spliced chunks from other files,
 * repeated chunks to build deep nesting, truncation) and parses the result
 * in all three modes, dumping any tree it gets. A crash, a sanitizer
 * report or a parse that runs for more than 10 seconds (SIGALRM ends the
 * process) fails the run. The generator is deterministic for a seed,
 * which is printed first; with FUZZ_SAVE=path each input is written there
 * before it is parsed, to keep the one that failed. */
#define _POSIX_C_SOURCE 200809L

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lang/ast.h"

typedef struct Input {
    char *data;
    size_t len;
} Input;

/* xorshift64*: small, fast, and reproducible from one seed */
typedef struct Rng {
    uint64_t s;
} Rng;

static uint64_t rnd(Rng *r)
{
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 2685821657736338717ULL;
}

static size_t below(Rng *r, size_t n)
{
    return n ? (size_t)(rnd(r) % n) : 0;
}

static const char *const fragments[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "\\\n", "\\", "\t", "    ", "#", "'", "\"",
    "'''", "\"\"\"", "f'", "f\"", "rb'", "{x}", "{x!r:>{w}}", "{x=}", "{{", "}}", "=", ":=", "**",
    "*", "->", "@", ".", "...", "0x", "1_", "1e", "0o8", "j", "if ", "else ", "elif x:", "for x in y",
    "while ", "lambda ", "lambda x: ", "yield ", "yield from ", "await ", "async ", "def f(", "class C(",
    "try:", "except ", "except* ", "finally:", "with ", " as ", "import ", "from . import ", "global x",
    "nonlocal x", "return", "del ", "pass", "not ", " and ", " or ", " is not ", " not in ", "\xe2\x82\xac",
    "\xc3\xa9", "\xff", "\x00", "\xef\xbb\xbf", "\r\n", "\r", "\f", "match x:", "type X = ", "\\N{",
    "\\x", "\\u12", "\xed\xa0\x80",
};

static void mutate(Rng *r, char **buf, size_t *len, size_t *cap, const Input *all, int n_all)
{
    int steps = 1 + (int)below(r, 8);
    for (int s = 0; s < steps; s++) {
        size_t pos = below(r, *len + 1);
        char tmp[4096];
        const char *ins = NULL;
        size_t ins_len = 0;
        switch (below(r, 7)) {
        case 0: /* flip or replace one byte */
            if (*len) {
                size_t i = below(r, *len);
                (*buf)[i] = (char)(below(r, 2) ? (*buf)[i] ^ (1 << below(r, 8)) : (char)below(r, 128));
            }
            continue;
        case 1: /* delete a range */
            if (*len) {
                size_t n = 1 + below(r, 16);
                if (pos + n > *len)
                    n = *len - pos;
                memmove(*buf + pos, *buf + pos + n, *len - pos - n);
                *len -= n;
            }
            continue;
        case 2: /* truncate */
            *len = pos;
            continue;
        case 3: { /* a chunk of another file */
            const Input *o = &all[below(r, (size_t)n_all)];
            if (!o->len)
                continue;
            size_t from = below(r, o->len);
            ins_len = 1 + below(r, 64);
            if (from + ins_len > o->len)
                ins_len = o->len - from;
            ins = o->data + from;
            break;
        }
        case 4: { /* a chunk repeated, e.g. "(" * 250 or "if x:\n " * 120 */
            const char *f = fragments[below(r, sizeof fragments / sizeof fragments[0])];
            size_t fl = strlen(f), reps = 1 + below(r, 300);
            ins_len = 0;
            while (reps-- && ins_len + fl < sizeof tmp) {
                memcpy(tmp + ins_len, f, fl);
                ins_len += fl;
            }
            ins = tmp;
            break;
        }
        default: /* one Python fragment */
            ins = fragments[below(r, sizeof fragments / sizeof fragments[0])];
            ins_len = strlen(ins);
            break;
        }
        if (*len + ins_len + 1 > *cap) {
            *cap = (*len + ins_len + 1) * 2;
            char *nb = realloc(*buf, *cap);
            if (!nb)
                abort();
            *buf = nb;
        }
        memmove(*buf + pos + ins_len, *buf + pos, *len - pos);
        memcpy(*buf + pos, ins, ins_len);
        *len += ins_len;
    }
}

static Input load(const char *path)
{
    Input in = {NULL, 0};
    FILE *f = fopen(path, "rb");
    if (!f)
        return in;
    size_t cap = 1024;
    in.data = malloc(cap);
    size_t k;
    while (in.data && (k = fread(in.data + in.len, 1, cap - in.len, f)) > 0) {
        in.len += k;
        if (in.len == cap) {
            cap *= 2;
            char *nb = realloc(in.data, cap);
            if (!nb)
                abort();
            in.data = nb;
        }
    }
    fclose(f);
    return in;
}

static void parse_all_modes(const char *buf, size_t len, long *parsed, long *errors)
{
    static const ParseMode modes[] = {PARSE_FILE, PARSE_SINGLE, PARSE_EVAL};
    for (int m = 0; m < 3; m++) {
        AstArena *arena = ast_arena_new();
        AstSyntaxError err;
        alarm(10);
        AstModule *mod = ast_parse(arena, buf, len, modes[m], &err);
        if (mod) {
            char *out;
            size_t outlen;
            ast_dump_ex(mod, m == 0, &out, &outlen);
            free(out);
            (*parsed)++;
        } else {
            if (err.msg[0] == '\0') {
                fprintf(stderr, "error without a message\n");
                abort();
            }
            free(err.line);
            (*errors)++;
        }
        alarm(0);
        ast_arena_free(arena);
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: fuzz_parser SECONDS [--seed N] FILE...\n");
        return 2;
    }
    double seconds = atof(argv[1]);
    uint64_t seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
    int first = 2;
    if (argc > 3 && !strcmp(argv[2], "--seed")) {
        seed = strtoull(argv[3], NULL, 10);
        first = 4;
    }
    if (seed == 0)
        seed = 1;
    int n = argc - first;
    Input *all = calloc((size_t)n, sizeof *all);
    if (!all)
        return 2;
    for (int i = 0; i < n; i++)
        all[i] = load(argv[first + i]);
    printf("fuzz_parser: seed %llu, %d inputs\n", (unsigned long long)seed, n);
    fflush(stdout);
    const char *save = getenv("FUZZ_SAVE");
    Rng r = {seed};
    long iters = 0, parsed = 0, errors = 0;
    size_t cap = 4096;
    char *buf = malloc(cap);
    if (!buf)
        return 2;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if ((double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9 >= seconds)
            break;
        const Input *src = &all[below(&r, (size_t)n)];
        size_t len = src->len;
        if (len + 1 > cap) {
            cap = (len + 1) * 2;
            char *nb = realloc(buf, cap);
            if (!nb)
                abort();
            buf = nb;
        }
        if (len)
            memcpy(buf, src->data, len);
        mutate(&r, &buf, &len, &cap, all, n);
        if (save) {
            FILE *f = fopen(save, "wb");
            if (f) {
                fwrite(buf, 1, len, f);
                fclose(f);
            }
        }
        parse_all_modes(buf, len, &parsed, &errors);
        iters++;
    }
    printf("fuzz_parser: %ld inputs, %ld trees, %ld syntax errors\n", iters, parsed, errors);
    free(buf);
    for (int i = 0; i < n; i++)
        free(all[i].data);
    free(all);
    return 0;
}
