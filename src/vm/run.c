/* run.c - the command line: running a script, a -c string, stdin, or the
 * interactive prompt, and turning the outcome into an exit status as
 * CPython does (SystemExit's code, 1 after an uncaught exception, 130
 * after an uncaught KeyboardInterrupt, 2 for usage errors). */
#include "run.h"

#include <errno.h>
#include <signal.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../lang/compile.h"
#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/file.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "error.h"
#include "eval.h"
#include "gil_glue.h"
#include "gil_trace.h"
#include "signals.h"
#include "thread.h"
#include "state.h"

#define GILPY_VERSION "gilpy 0.1 (Python 3.12 subset)"

static const char usage[] =
    "usage: gilpy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   : program passed in as string (terminates option list)\n"
    "  -h       : print this help message and exit (also --help)\n"
    "  -u       : unbuffered stdout and stderr (also PYTHONUNBUFFERED=x)\n"
    "  -V       : print the gilpy version and exit (also --version)\n"
    "  -X opt   : implementation option: gil=ticks|timed|sched chooses the GIL policy,\n"
    "             gil-trace=FILE records every GIL event (Chrome trace format),\n"
    "             gil-stats prints the GIL's statistics at exit\n"
    "file       : program read from script file\n"
    "-          : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...    : arguments passed to program in sys.argv[1:]\n"
    "Environment:\n"
    "  GILPY_GIL : the GIL policy, as -X gil=\n"
    "  GILPY_GIL_TRACE : as -X gil-trace=\n"
    "  GILPY_GIL_STATS : as -X gil-stats when set (not 0)\n";

/* ---- reading source */

static char *read_all(FILE *fp, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 4096 > cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n - 1, fp);
        n += r;
        if (r == 0) break;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* os.path.abspath: cwd + path, with . and .. segments resolved. */
static char *abspath(const char *path) {
    char cwd[PATH_MAX];
    size_t need = strlen(path) + 2;
    char *joined;
    if (path[0] == '/') {
        joined = strdup(path);
    } else {
        if (!getcwd(cwd, sizeof cwd)) return strdup(path);
        need += strlen(cwd);
        joined = malloc(need);
        if (joined) snprintf(joined, need, "%s/%s", cwd, path);
    }
    if (!joined) return NULL;
    char *out = malloc(strlen(joined) + 2);
    if (!out) {
        free(joined);
        return NULL;
    }
    size_t o = 0;
    char *save = NULL;
    for (char *seg = strtok_r(joined, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
        if (!strcmp(seg, ".")) continue;
        if (!strcmp(seg, "..")) {
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
            continue;
        }
        out[o++] = '/';
        size_t l = strlen(seg);
        memcpy(out + o, seg, l);
        o += l;
    }
    if (o == 0) out[o++] = '/';
    out[o] = 0;
    free(joined);
    return out;
}

/* ---- exit status from an uncaught exception */

static int exit_status_for(GpThread *t, Value exc) {
    if (gp_isinstance_type(exc, &gp_SystemExit)) {
        Value code = gp_exc_get_attr(t, exc, "code");
        if (!code || code == V_NONE) return 0;
        int64_t n;
        if (gp_is_int(code) && gp_int_to_i64(code, &n)) return (int)(n & 0xff);
        /* Anything else is printed to stderr, and the status is 1. */
        Value s = gp_str(t, code);
        gp_exc_clear(t);
        Value err = gp_dict_get_cstr(((GpModule *)v_obj(t->interp->sys))->dict, "stderr");
        if (s && err && err != V_NONE) {
            Value line = gp_str_concat(t, s, gp_str_from_cstr(t, "\n"));
            if (line) gp_file_write(t, err, line);
            gp_exc_clear(t);
        }
        return 1;
    }
    /* What the program printed comes before its traceback, as in CPython. */
    gp_flush_std_streams(t);
    gp_print_exception(t, exc, VNULL);
    if (gp_isinstance_type(exc, &gp_KeyboardInterrupt)) {
        t->interp->exit_by_sigint = 1;
        return 130;
    }
    return 1;
}

/* ---- running code */

static Value main_module(GpThread *t, const char *file) {
    Value name = gp_str_intern_cstr(t, "__main__");
    Value m = name ? gp_module_new(t, name) : VNULL;
    if (!m) return VNULL;
    if (gp_module_add(t, m, "__builtins__", t->interp->builtins_mod) < 0) return VNULL;
    if (file && gp_module_add(t, m, "__file__", gp_str_from_cstr(t, file)) < 0) return VNULL;
    if (gp_dict_set(t, t->interp->modules, name, m) < 0) return VNULL;
    return m;
}

/* Compile and run src as __main__; returns the exit status. */
static int run_source(GpThread *t, const char *src, size_t len, const char *filename, const char *file_attr,
                      SourceKind kind) {
    Value m = main_module(t, file_attr);
    if (!m) return exit_status_for(t, gp_exc_fetch(t));
    Value code = gp_compile_source(t, src, len, filename, PARSE_FILE, kind, NULL);
    if (!code) return exit_status_for(t, gp_exc_fetch(t));
    Value globals = ((GpModule *)v_obj(m))->dict;
    Value r = gp_eval_code(t, (GpCode *)v_obj(code), globals, VNULL);
    if (!r) return exit_status_for(t, gp_exc_fetch(t));
    return 0;
}

/* ---- the interactive prompt */

static int line_is_blank(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    return *s == 0;
}

/* A compound statement (its first line ends with ':') is finished by an
 * empty line, as at CPython's prompt. */
static int starts_block(const char *buf) {
    const char *end = strchr(buf, '\n');
    size_t n = end ? (size_t)(end - buf) : strlen(buf);
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\r')) n--;
    return n && buf[n - 1] == ':';
}

static int repl(GpThread *t) {
    Value out = gp_dict_get_cstr(((GpModule *)v_obj(t->interp->sys))->dict, "stdout");
    fprintf(stderr, "%s\nType \"exit()\" or Ctrl-D to leave.\n", GILPY_VERSION);
    Value m = main_module(t, NULL);
    if (!m) return exit_status_for(t, gp_exc_fetch(t));
    Value globals = ((GpModule *)v_obj(m))->dict;
    char *buf = NULL;
    size_t blen = 0;
    char *line = NULL;
    size_t lcap = 0;
    int status = 0;
    for (;;) {
        if (out) gp_file_flush(t, out);
        fputs(blen ? "... " : ">>> ", stderr);
        fflush(stderr);
        ssize_t n = getline(&line, &lcap, stdin);
        if (n < 0) {
            if (errno == EINTR && !feof(stdin)) {
                clearerr(stdin);
                fputs("\nKeyboardInterrupt\n", stderr);
                blen = 0;
                gp_exc_clear(t);
                atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_EB_SIGNALS);
                continue;
            }
            fputc('\n', stderr);
            break;
        }
        if (!blen && line_is_blank(line)) continue;
        char *nb = realloc(buf, blen + (size_t)n + 1);
        if (!nb) break;
        buf = nb;
        memcpy(buf + blen, line, (size_t)n + 1);
        blen += (size_t)n;
        int incomplete = 0;
        int block = starts_block(buf);
        if (block && !line_is_blank(line)) continue;
        Value code = gp_compile_source(t, buf, blen, "<stdin>", PARSE_SINGLE, SRC_TEXT, &incomplete);
        if (!code && incomplete) continue;
        blen = 0;
        Value r = code ? gp_eval_code(t, (GpCode *)v_obj(code), globals, VNULL) : VNULL;
        if (!r) {
            Value exc = gp_exc_fetch(t);
            if (gp_isinstance_type(exc, &gp_SystemExit)) {
                status = exit_status_for(t, exc);
                break;
            }
            gp_print_exception(t, exc, VNULL);
        }
    }
    free(buf);
    free(line);
    return status;
}

/* ---- options */

static int set_gil_option(GpInterp *in, const char *value, int from_env) {
    if (!strcmp(value, "ticks")) in->gil_policy = GIL_TICKS;
    else if (!strcmp(value, "timed")) in->gil_policy = GIL_TIMED;
    else if (!strcmp(value, "sched")) in->gil_policy = GIL_SCHED;
    else {
        fprintf(stderr, "gilpy: unknown GIL policy '%s'%s: expected ticks, timed or sched\n", value,
                from_env ? " in GILPY_GIL" : "");
        return -1;
    }
    return 0;
}

int gp_main(int argc, char **argv) {
    int i = 1;
    const char *command = NULL, *script = NULL;
    const char *gil = getenv("GILPY_GIL");
    int unbuffered = 0;
    const char *trace_path = getenv("GILPY_GIL_TRACE");
    if (trace_path && !*trace_path) trace_path = NULL;
    const char *stats_env = getenv("GILPY_GIL_STATS");
    int print_stats = stats_env && *stats_env && strcmp(stats_env, "0") != 0;
    int gil_from_env = gil != NULL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            puts(GILPY_VERSION);
            return 0;
        }
        if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) {
                fputs("Argument expected for the -c option\n", stderr);
                fputs(usage, stderr);
                return 2;
            }
            command = argv[++i];
            i++;
            break;
        }
        if (!strcmp(a, "-u")) {
            unbuffered = 1;
            continue;
        }
        if (!strcmp(a, "-X")) {
            if (i + 1 >= argc) {
                fputs("Argument expected for the -X option\n", stderr);
                return 2;
            }
            const char *opt = argv[++i];
            if (!strncmp(opt, "gil=", 4)) {
                gil = opt + 4;
                gil_from_env = 0;
            } else if (!strncmp(opt, "gil-trace=", 10) && opt[10]) {
                trace_path = opt + 10;
            } else if (!strcmp(opt, "gil-stats")) {
                print_stats = 1;
            } else {
                fprintf(stderr, "gilpy: unknown -X option '%s'\n", opt);
                return 2;
            }
            continue;
        }
        if (!strcmp(a, "-")) {
            script = "-";
            i++;
            break;
        }
        if (a[0] == '-' && a[1]) {
            fprintf(stderr, "Unknown option: %s\n", a);
            fputs(usage, stderr);
            return 2;
        }
        script = a;
        i++;
        break;
    }
    GpInterp *in = gp_interp_new();
    if (!in) {
        fputs("gilpy: cannot create the interpreter (out of memory)\n", stderr);
        return 1;
    }
    if (gil && set_gil_option(in, gil, gil_from_env) < 0) {
        gp_interp_free(in);
        return 2;
    }
    GpThread *t = in->main_thread;
    if (trace_path) gp_gil_trace_enable(in, trace_path);
    in->print_stats = print_stats;
    if (unbuffered) {
        Value sysd = ((GpModule *)v_obj(in->sys))->dict;
        gp_file_set_unbuffered(gp_dict_get_cstr(sysd, "stdout"));
        gp_file_set_unbuffered(gp_dict_get_cstr(sysd, "stderr"));
    }
    gp_signals_install(in);
    if (gp_gil_setup(in) < 0) {
        fputs("gilpy: cannot create the GIL (out of memory)\n", stderr);
        gp_interp_free(in);
        return 1;
    }

    /* sys.argv and sys.path[0] */
    Value argv0 = command ? gp_str_from_cstr(t, "-c") : script ? gp_str_from_cstr(t, script) : gp_str_from_cstr(t, "");
    gp_list_append(t, in->argv, argv0);
    for (int k = i; k < argc; k++) gp_list_append(t, in->argv, gp_str_decode_utf8(t, argv[k], strlen(argv[k]), "surrogateescape"));
    Value path = gp_dict_get_cstr(((GpModule *)v_obj(in->sys))->dict, "path");
    char *file_abs = NULL;
    if (script && strcmp(script, "-") != 0) {
        file_abs = abspath(script);
        char *dir = strdup(file_abs ? file_abs : script);
        char *slash = dir ? strrchr(dir, '/') : NULL;
        if (slash) *(slash == dir ? slash + 1 : slash) = 0;
        if (dir) gp_list_insert(t, path, 0, gp_str_from_cstr(t, dir));
        free(dir);
    } else {
        gp_list_insert(t, path, 0, gp_str_from_cstr(t, ""));
    }

    int status;
    if (command) {
        status = run_source(t, command, strlen(command), "<string>", NULL, SRC_TEXT);
    } else if (script && strcmp(script, "-") != 0) {
        FILE *fp = fopen(script, "rb");
        if (!fp) {
            int err = errno;
            fprintf(stderr, "gilpy: can't open file '%s': [Errno %d] %s\n", file_abs ? file_abs : script, err,
                    strerror(err));
            status = 2;
        } else {
            size_t len;
            char *src = read_all(fp, &len);
            fclose(fp);
            status = src ? run_source(t, src, len, file_abs ? file_abs : script, file_abs ? file_abs : script, SRC_FILE)
                     : 1;
            free(src);
        }
    } else if (!script && isatty(0)) {
        status = repl(t);
    } else {
        size_t len;
        char *src = read_all(stdin, &len);
        status = src ? run_source(t, src, len, "<stdin>", "<stdin>", SRC_FILE) : 1;
        free(src);
    }
    /* Wait for the non-daemon threads, then stop the others for good. */
    int still_running = gp_threads_finalize(t);
    gp_flush_std_streams(t);
    if (in->print_stats) gp_gil_print_stats(in);
    gp_gil_trace_finish(in);
    gp_exc_clear(t);
    free(file_abs);
    int by_sigint = in->exit_by_sigint;
    /* Daemon threads may still be parked inside the interpreter: then it
     * is not freed (the process exit ends them). */
    if (!still_running) gp_interp_free(in);
    if (by_sigint) {
        /* As CPython: after an uncaught KeyboardInterrupt the process ends
         * by SIGINT, so its parent sees a death by signal (status 130 in a
         * shell). */
        fflush(NULL);
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}
