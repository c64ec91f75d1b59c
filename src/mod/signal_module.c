/* signal_module.c - _signal, the C half of the signal module (lib/signal.py
 * adds the Signals/Handlers/Sigmasks enums, as CPython's signal.py does).
 *
 * Handlers are kept per interpreter (in->signal_handlers); the C-level
 * recording and the running of handlers in the main thread are
 * vm/signals.c. Functions that may make a signal arrive at once
 * (raise_signal, pthread_kill, alarm(0)...) run the pending handlers
 * before returning, as CPython's PyErr_CheckSignals does.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/module.h"
#include "../obj/set.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/signals.h"
#include "../vm/state.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

static int check_main(GpThread *t, const char *what) {
    if (t != t->interp->main_thread)
        return gp_raise_i(t, &gp_ValueError, "%s only works in main thread of the main interpreter", what);
    return 0;
}

/* A signal number argument: ValueError outside 1..NSIG-1. */
static int signum_arg(GpThread *t, Value v, int *out) {
    int64_t n;
    if (gp_as_ssize(t, v, &n) < 0) return -1;
    if (n < 1 || n >= NSIG) return gp_raise_i(t, &gp_ValueError, "signal number out of range");
    *out = (int)n;
    return 0;
}

/* Run handlers that a call may just have triggered (main thread only). */
static int check_signals(GpThread *t) { return gp_signals_check(t); }

static Value handler_of(GpThread *t, int sig) {
    return gp_list_obj(t->interp->signal_handlers)->items[sig];
}

static Value m_signal(ARGS) {
    if (gp_check_no_kw(t, "signal", kw) < 0 || gp_check_nargs(t, "signal", nargs, 2, 2) < 0) return VNULL;
    int sig = 0;
    if (signum_arg(t, args[0], &sig) < 0) return VNULL;
    Value h = args[1];
    if (check_main(t, "signal") < 0) return VNULL;
    if (!gp_callable(h)) {
        Value i = gp_is_int(h) ? gp_index(t, h) : VNULL;
        if (!i || (i != v_from_small(0) && i != v_from_small(1))) {
            gp_exc_clear(t);
            return gp_raise(t, &gp_TypeError,
                            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        h = i;
    }
    Value old = handler_of(t, sig);
    if (gp_signals_set_handler(t, sig, h) < 0) return VNULL;
    (void)self;
    return old;
}

static Value m_getsignal(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "getsignal", kw) < 0 || gp_check_nargs(t, "getsignal", nargs, 1, 1) < 0) return VNULL;
    int sig = 0;
    if (signum_arg(t, args[0], &sig) < 0) return VNULL;
    return handler_of(t, sig);
}

static Value m_default_int_handler(ARGS) {
    (void)self;
    (void)args;
    (void)nargs;
    (void)kw;
    Value e = gp_exc_new(t, &gp_KeyboardInterrupt, gp_tuple_empty());
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

static Value m_alarm(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "alarm", kw) < 0 || gp_check_nargs(t, "alarm", nargs, 1, 1) < 0) return VNULL;
    int64_t n;
    if (gp_as_ssize(t, args[0], &n) < 0) return VNULL;
    /* A C int, cast to unsigned as CPython does (alarm(-1) is ~136 years). */
    if (n < INT32_MIN || n > INT32_MAX) return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C int");
    return gp_int_from_i64(t, alarm((unsigned)(int)n));
}

static Value itimer_error(GpThread *t, Value module) {
    Value cls = gp_dict_get_cstr(((GpModule *)v_obj(module))->dict, "ItimerError");
    int err = errno;
    Value msg = gp_str_from_cstr(t, strerror(err));
    Value e = msg ? gp_call2(t, cls, v_from_small(err), msg) : VNULL;
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

static double tv_seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

static void seconds_tv(double s, struct timeval *tv) {
    tv->tv_sec = (time_t)floor(s);
    tv->tv_usec = (suseconds_t)((s - floor(s)) * 1e6 + 0.5);
    if (tv->tv_usec >= 1000000) {
        tv->tv_sec++;
        tv->tv_usec -= 1000000;
    }
    /* As CPython: a positive time below a microsecond still arms the timer. */
    if (s > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;
}

static Value itimer_tuple(GpThread *t, const struct itimerval *v) {
    return gp_tuple_pack(t, 2, v_from_float(tv_seconds(v->it_value)), v_from_float(tv_seconds(v->it_interval)));
}

static Value m_setitimer(ARGS) {
    if (gp_check_no_kw(t, "setitimer", kw) < 0 || gp_check_nargs(t, "setitimer", nargs, 2, 3) < 0) return VNULL;
    int64_t which;
    double secs, interval = 0;
    if (gp_as_ssize(t, args[0], &which) < 0 || gp_as_double(t, args[1], &secs) < 0) return VNULL;
    if (nargs == 3 && gp_as_double(t, args[2], &interval) < 0) return VNULL;
    struct itimerval nv, ov;
    seconds_tv(secs, &nv.it_value);
    seconds_tv(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &ov) != 0) return itimer_error(t, self);
    Value r = itimer_tuple(t, &ov);
    if (r && check_signals(t) < 0) return VNULL;
    return r;
}

static Value m_getitimer(ARGS) {
    if (gp_check_no_kw(t, "getitimer", kw) < 0 || gp_check_nargs(t, "getitimer", nargs, 1, 1) < 0) return VNULL;
    int64_t which;
    if (gp_as_ssize(t, args[0], &which) < 0) return VNULL;
    struct itimerval v;
    if (getitimer((int)which, &v) != 0) return itimer_error(t, self);
    return itimer_tuple(t, &v);
}

static Value m_pause(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "pause", nargs, 0, 0) < 0) return VNULL;
    gp_blocking_begin(t);
    pause();
    gp_blocking_end(t);
    if (check_signals(t) < 0) return VNULL;
    return V_NONE;
}

static Value m_raise_signal(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "raise_signal", kw) < 0 || gp_check_nargs(t, "raise_signal", nargs, 1, 1) < 0) return VNULL;
    int sig = 0;
    if (signum_arg(t, args[0], &sig) < 0) return VNULL;
    if (raise(sig) != 0) return gp_raise_errno(t, errno, VNULL);
    if (check_signals(t) < 0) return VNULL;
    return V_NONE;
}

static Value m_pthread_kill(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "pthread_kill", kw) < 0 || gp_check_nargs(t, "pthread_kill", nargs, 2, 2) < 0) return VNULL;
    int64_t ident;
    int64_t sig;
    if (gp_as_ssize(t, args[0], &ident) < 0 || gp_as_ssize(t, args[1], &sig) < 0) return VNULL;
    /* Idents are gilpy's (threading.get_ident()): find the OS thread. */
    GpInterp *in = t->interp;
    pthread_t target = 0;
    int found = 0;
    pthread_mutex_lock(&in->threads_mu);
    for (GpThread *th = in->threads; th; th = th->next)
        if ((int64_t)th->ident == ident && th->c_stack_base) {
            target = th->pthread;
            found = 1;
        }
    pthread_mutex_unlock(&in->threads_mu);
    if (!found) return gp_raise_errno(t, ESRCH, VNULL);
    int err = pthread_kill(target, (int)sig);
    if (err) return gp_raise_errno(t, err, VNULL);
    if (check_signals(t) < 0) return VNULL;
    return V_NONE;
}

/* ---- signal sets */

static int sigset_from(GpThread *t, Value iterable, sigset_t *set) {
    sigemptyset(set);
    Value it = gp_iter(t, iterable);
    if (!it) return -1;
    for (;;) {
        Value x = gp_next(t, it);
        if (!x) return t->exc ? -1 : 0;
        int64_t n;
        if (gp_as_ssize(t, x, &n) < 0) return -1;
        if (n < 1 || n >= NSIG) return gp_raise_i(t, &gp_ValueError, "signal number %lld out of range [1; %d]", (long long)n, NSIG - 1);
        sigaddset(set, (int)n);
    }
}

static Value sigset_to_set(GpThread *t, const sigset_t *set) {
    Value s = gp_set_new(t, &gp_set_type, VNULL);
    if (!s) return VNULL;
    for (int i = 1; i < NSIG; i++)
        if (sigismember(set, i) == 1 && gp_set_add(t, s, v_from_small(i)) < 0) return VNULL;
    return s;
}

static Value m_valid_signals(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "valid_signals", nargs, 0, 0) < 0) return VNULL;
    sigset_t all;
    sigfillset(&all);
    return sigset_to_set(t, &all);
}

static Value m_pthread_sigmask(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "pthread_sigmask", kw) < 0 || gp_check_nargs(t, "pthread_sigmask", nargs, 2, 2) < 0)
        return VNULL;
    int64_t how;
    sigset_t set, old;
    if (gp_as_ssize(t, args[0], &how) < 0 || sigset_from(t, args[1], &set) < 0) return VNULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) return gp_raise_errno(t, err, VNULL);
    Value r = sigset_to_set(t, &old);
    if (r && check_signals(t) < 0) return VNULL;
    return r;
}

static Value m_sigpending(ARGS) {
    (void)self;
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "sigpending", nargs, 0, 0) < 0) return VNULL;
    sigset_t set;
    if (sigpending(&set) != 0) return gp_raise_errno(t, errno, VNULL);
    return sigset_to_set(t, &set);
}

static Value m_sigwait(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "sigwait", kw) < 0 || gp_check_nargs(t, "sigwait", nargs, 1, 1) < 0) return VNULL;
    sigset_t set;
    if (sigset_from(t, args[0], &set) < 0) return VNULL;
    int sig = 0, err;
    gp_blocking_begin(t);
    err = sigwait(&set, &sig);
    gp_blocking_end(t);
    if (err) return gp_raise_errno(t, err, VNULL);
    return v_from_small(sig);
}

static Value m_set_wakeup_fd(ARGS) {
    (void)self;
    static const char *const names[] = {"fd", "warn_on_full_buffer"};
    GpArgSpec spec = {"set_wakeup_fd", names, 2, 1, 0, 1};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    int64_t fd;
    if (gp_as_ssize(t, a[0], &fd) < 0) return VNULL;
    int warn = 1;
    if (a[1] && (warn = gp_truthy(t, a[1])) < 0) return VNULL;
    if (check_main(t, "set_wakeup_fd") < 0) return VNULL;
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > INT32_MAX) return gp_raise(t, &gp_ValueError, "invalid fd");
        if (fstat((int)fd, &st) != 0) return gp_raise_errno(t, errno, VNULL);
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0 || !(fl & O_NONBLOCK))
            return gp_raise(t, &gp_ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
    }
    return v_from_small(gp_signals_set_wakeup_fd((int)fd, warn));
}

static Value m_strsignal(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "strsignal", kw) < 0 || gp_check_nargs(t, "strsignal", nargs, 1, 1) < 0) return VNULL;
    int sig = 0;
    if (signum_arg(t, args[0], &sig) < 0) return VNULL;
    const char *s = strsignal(sig);
    if (!s || !strncmp(s, "Unknown signal", 14)) return V_NONE;
    return gp_str_from_cstr(t, s);
}

static Value m_siginterrupt(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "siginterrupt", kw) < 0 || gp_check_nargs(t, "siginterrupt", nargs, 2, 2) < 0) return VNULL;
    int sig = 0;
    if (signum_arg(t, args[0], &sig) < 0) return VNULL;
    int flag = gp_truthy(t, args[1]);
    if (flag < 0) return VNULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) return gp_raise_errno(t, errno, VNULL);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) != 0) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

static const GpMethodDef signal_methods[] = {
    {"signal", m_signal, 0},
    {"getsignal", m_getsignal, 0},
    {"default_int_handler", m_default_int_handler, 0},
    {"alarm", m_alarm, 0},
    {"setitimer", m_setitimer, 0},
    {"getitimer", m_getitimer, 0},
    {"pause", m_pause, 0},
    {"raise_signal", m_raise_signal, 0},
    {"pthread_kill", m_pthread_kill, 0},
    {"pthread_sigmask", m_pthread_sigmask, 0},
    {"sigpending", m_sigpending, 0},
    {"sigwait", m_sigwait, 0},
    {"valid_signals", m_valid_signals, 0},
    {"set_wakeup_fd", m_set_wakeup_fd, 0},
    {"strsignal", m_strsignal, 0},
    {"siginterrupt", m_siginterrupt, 0},
    {NULL, NULL, 0},
};

static const struct {
    const char *name;
    int value;
} constants[] = {
    {"SIGHUP", SIGHUP},     {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},     {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},   {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},       {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE},     {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2},   {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD},   {"SIGCLD", SIGCHLD},      {"SIGCONT", SIGCONT},
    {"SIGSTOP", SIGSTOP},   {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG},     {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
    {"SIGPROF", SIGPROF},   {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},         {"SIGPOLL", SIGPOLL},
    {"SIGPWR", SIGPWR},     {"SIGSYS", SIGSYS},       {"NSIG", NSIG},           {"SIG_DFL", 0},
    {"SIG_IGN", 1},         {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK},
    {"SIG_SETMASK", SIG_SETMASK}, {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL},
    {"ITIMER_PROF", ITIMER_PROF},
};

static int signal_init(GpThread *t, Value m) {
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (gp_module_add_int(t, m, constants[i].name, constants[i].value) < 0) return -1;
    if (gp_module_add_int(t, m, "SIGRTMIN", SIGRTMIN) < 0 || gp_module_add_int(t, m, "SIGRTMAX", SIGRTMAX) < 0) return -1;
    /* ItimerError(OSError), created here as the class a C module would. */
    Value bases = gp_tuple_pack(t, 1, v_from_obj(&gp_OSError));
    Value ns = gp_dict_new(t);
    if (!bases || !ns || gp_dict_set_cstr(t, ns, "__module__", gp_str_from_cstr(t, "signal")) < 0) return -1;
    Value targs[3] = {gp_str_from_cstr(t, "itimer_error"), bases, ns}; /* CPython's class name */
    Value cls = gp_call(t, v_from_obj(&gp_type_type), targs, 3, VNULL);
    if (!cls || gp_module_add(t, m, "ItimerError", cls) < 0) return -1;
    /* The table of Python-level handlers, from the current dispositions;
     * SIGINT's is default_int_handler (installed by gp_signals_install). */
    GpInterp *in = t->interp;
    if (!in->signal_handlers) return 0;
    for (int sig = 1; sig < NSIG; sig++) {
        Value cur = gp_list_obj(in->signal_handlers)->items[sig];
        if (cur != V_NONE) continue;
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) != 0) continue;
        if (sa.sa_handler == SIG_DFL) gp_list_obj(in->signal_handlers)->items[sig] = v_from_small(0);
        else if (sa.sa_handler == SIG_IGN) gp_list_obj(in->signal_handlers)->items[sig] = v_from_small(1);
        else if (sig == SIGINT && sa.sa_handler == gp_signals_c_handler)
            gp_list_obj(in->signal_handlers)->items[sig] = gp_dict_get_cstr(((GpModule *)v_obj(m))->dict, "default_int_handler");
    }
    return 0;
}

const GpModuleDef gp_signal_module = {
    "_signal",
    signal_methods,
    signal_init,
    "This module provides mechanisms to use signal handlers in Python.",
};
GP_REGISTER_MODULE(gp_signal_module);
