/* gil_trace.c - per-thread GIL statistics and the event trace (see
 * gil_trace.h). */
#include "gil_trace.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../obj/dict.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "error.h"
#include "signals.h"

/* Events kept per thread at most (32 bytes each): a long traced run stops
 * recording rather than exhausting memory; the trace says so. */
#define MAX_EVENTS_PER_THREAD ((uint64_t)4 << 20)

static const char *const policy_names[] = {"ticks", "timed", "sched"};
static const char *const reason_names[] = {"blocking call", "check", "drop request", "thread exit"};

void gp_gil_trace_enable(GpInterp *in, const char *path) {
    free(in->trace_path);
    in->trace_path = strdup(path);
    gp_signals_record_arrivals(1);
}

static void append(GpThreadRecord *r, uint32_t kind, uint64_t ts, uint64_t arg) {
    if (r->nevents >= MAX_EVENTS_PER_THREAD) {
        r->truncated = 1;
        return;
    }
    GpTraceChunk *c = r->tail;
    if (!c || c->n == GP_TRACE_CHUNK) {
        GpTraceChunk *nc = malloc(sizeof *nc);
        if (!nc) {
            r->truncated = 1;
            return;
        }
        nc->next = NULL;
        nc->n = 0;
        if (c) c->next = nc;
        else r->head = nc;
        r->tail = c = nc;
    }
    c->ev[c->n++] = (GpTraceEvent){ts, arg, kind};
    r->nevents++;
}

/* The lock's hook: it runs in the thread the event is about. */
static void on_gil_event(void *ctx, gil_thread *th, gil_event ev, uint64_t now, uint64_t arg) {
    (void)ctx;
    GpThread *t = (GpThread *)((char *)th - offsetof(GpThread, gil));
    /* A daemon thread waking during finalization must not write while the
     * main thread reads the buffers. */
    if (t->record && !atomic_load_explicit(&t->interp->trace_frozen, memory_order_acquire))
        append(t->record, (uint32_t)ev, now, arg);
}

void (*gp_gil_trace_hook(GpInterp *in))(void *, gil_thread *, gil_event, uint64_t, uint64_t) {
    return in->trace_path ? on_gil_event : NULL;
}

int gp_gil_record_thread(GpThread *t) {
    GpInterp *in = t->interp;
    GpThreadRecord *r = calloc(1, sizeof *r);
    if (!r) return -1;
    r->ident = t->ident;
    r->is_main = t->is_main;
    snprintf(r->name, sizeof r->name, t->is_main ? "MainThread" : "Thread-%llu", (unsigned long long)t->ident);
    r->started_ns = gil_now_ns();
    r->live = t;
    pthread_mutex_lock(&in->records_mu);
    r->next = in->records;
    in->records = r;
    pthread_mutex_unlock(&in->records_mu);
    t->record = r;
    if (in->trace_path) append(r, GP_TEV_THREAD_START, r->started_ns, 0);
    return 0;
}

void gp_gil_record_thread_end(GpThread *t) {
    GpThreadRecord *r = t->record;
    if (!r) return;
    r->ended_ns = gil_now_ns();
    if (t->interp->trace_path) append(r, GP_TEV_THREAD_END, r->ended_ns, 0);
    uint64_t at;
    gil_stats_read(&t->gil, &r->stats, &at);
    /* The final hold ends just after this; count it up to now. */
    r->stats.held_ns += r->ended_ns - at;
    r->live = NULL;
    t->record = NULL;
}

void gp_gil_records_after_fork(GpThread *t) {
    uint64_t now = gil_now_ns();
    pthread_mutex_init(&t->interp->records_mu, NULL);
    for (GpThreadRecord *r = t->interp->records; r; r = r->next) {
        if (!r->live || r->live == t) continue;
        gil_stats_read(&r->live->gil, &r->stats, NULL);
        r->ended_ns = now;
        r->live = NULL;
    }
}

void gp_gil_record_name(GpThread *t, const char *name, size_t len) {
    GpThreadRecord *r = t->record;
    if (!r) return;
    if (len >= sizeof r->name) len = sizeof r->name - 1;
    memcpy(r->name, name, len);
    r->name[len] = 0;
}

void gp_gil_trace_handler(GpThread *t, int sig) {
    if (t->interp->trace_path && t->record) append(t->record, GP_TEV_HANDLER, gil_now_ns(), (uint64_t)sig);
}

/* A thread's counters: live ones from the lock (read with the GIL held by
 * the caller), with the current hold counted up to now. */
static gil_stats stats_of(const GpThreadRecord *r, uint64_t now) {
    if (!r->live) return r->stats;
    gil_stats s;
    uint64_t at;
    gil_stats_read(&r->live->gil, &s, &at);
    if (r->live->interp->gil && gil_holder(r->live->interp->gil) == &r->live->gil) s.held_ns += now - at;
    return s;
}

/* ---- the Chrome trace */

static void json_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static double us(uint64_t ns, uint64_t t0) { return (double)(ns - t0) / 1000.0; }

static void write_thread(FILE *f, const GpThreadRecord *r, uint64_t t0, int *first) {
    uint64_t tid = r->ident;
    fprintf(f, "%s{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":%llu,\"args\":{\"name\":", *first ? "" : ",\n",
            (unsigned long long)tid);
    json_string(f, r->name);
    fprintf(f, "}}");
    *first = 0;
    fprintf(f, ",\n{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":1,\"tid\":%llu,\"args\":{\"sort_index\":%llu}}",
            (unsigned long long)tid, (unsigned long long)tid);
    uint64_t hold_start = 0;
    int holding = 0;
    for (const GpTraceChunk *c = r->head; c; c = c->next) {
        for (uint32_t i = 0; i < c->n; i++) {
            const GpTraceEvent *e = &c->ev[i];
            switch (e->kind) {
            case GIL_EV_ACQUIRE:
                if (e->arg)
                    fprintf(f,
                            ",\n{\"ph\":\"X\",\"name\":\"waits\",\"cat\":\"gil\",\"pid\":1,\"tid\":%llu,\"ts\":%.3f,"
                            "\"dur\":%.3f}",
                            (unsigned long long)tid, us(e->ts - e->arg, t0), (double)e->arg / 1000.0);
                hold_start = e->ts;
                holding = 1;
                break;
            case GIL_EV_RELEASE:
                if (holding)
                    fprintf(f,
                            ",\n{\"ph\":\"X\",\"name\":\"holds\",\"cat\":\"gil\",\"pid\":1,\"tid\":%llu,\"ts\":%.3f,"
                            "\"dur\":%.3f,\"args\":{\"released for\":\"%s\"}}",
                            (unsigned long long)tid, us(hold_start, t0), (double)(e->ts - hold_start) / 1000.0,
                            e->arg < GIL_REL_COUNT ? reason_names[e->arg] : "?");
                holding = 0;
                break;
            case GIL_EV_REQUEST:
            case GIL_EV_DROP_REQ:
            case GIL_EV_FORCED:
            case GIL_EV_FAILED_TAKE:
            case GP_TEV_HANDLER:
            case GP_TEV_THREAD_START:
            case GP_TEV_THREAD_END: {
                static const char *const names[] = {
                    [GIL_EV_REQUEST] = "request",         [GIL_EV_DROP_REQ] = "drop request",
                    [GIL_EV_FORCED] = "forced switch",    [GIL_EV_FAILED_TAKE] = "failed take",
                    [GP_TEV_HANDLER] = "signal handler",  [GP_TEV_THREAD_START] = "thread start",
                    [GP_TEV_THREAD_END] = "thread end",
                };
                fprintf(f, ",\n{\"ph\":\"i\",\"s\":\"t\",\"name\":\"%s\",\"cat\":\"gil\",\"pid\":1,\"tid\":%llu,\"ts\":%.3f",
                        names[e->kind], (unsigned long long)tid, us(e->ts, t0));
                if (e->kind == GP_TEV_HANDLER) fprintf(f, ",\"args\":{\"signal\":%llu}", (unsigned long long)e->arg);
                fputc('}', f);
                break;
            }
            default: break;
            }
        }
    }
    /* Still holding at the end (the main thread at exit). */
    if (holding && r->ended_ns)
        fprintf(f,
                ",\n{\"ph\":\"X\",\"name\":\"holds\",\"cat\":\"gil\",\"pid\":1,\"tid\":%llu,\"ts\":%.3f,\"dur\":%.3f}",
                (unsigned long long)tid, us(hold_start, t0), (double)(r->ended_ns - hold_start) / 1000.0);
}

static void write_trace(GpInterp *in) {
    FILE *f = fopen(in->trace_path, "w");
    if (!f) {
        fprintf(stderr, "gilpy: cannot write the GIL trace to %s\n", in->trace_path);
        return;
    }
    uint64_t t0 = in->started_ns;
    int p = in->gil_policy;
    fprintf(f, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"interpreter\":\"gilpy\",\"policy\":\"%s\","
               "\"switch_interval_s\":%.6f,\"check_interval\":%d,\"clock\":\"CLOCK_MONOTONIC\","
               "\"start_ns\":%llu},\n\"traceEvents\":[\n",
            p >= 0 && p <= 2 ? policy_names[p] : "?", in->switch_interval, in->check_interval,
            (unsigned long long)t0);
    int first = 1;
    fprintf(f, "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":1,\"args\":{\"name\":\"gilpy (%s)\"}}",
            p >= 0 && p <= 2 ? policy_names[p] : "?");
    first = 0;
    int truncated = 0;
    for (const GpThreadRecord *r = in->records; r; r = r->next) {
        write_thread(f, r, t0, &first);
        truncated |= r->truncated;
    }
    /* Signal arrivals, recorded by the C handler, on their own track. */
    uint64_t ts[4096];
    int sigs[4096];
    size_t n = gp_signals_arrivals(ts, sigs, 4096);
    if (n) {
        fprintf(f, ",\n{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"signals\"}}");
        for (size_t i = 0; i < n; i++)
            fprintf(f, ",\n{\"ph\":\"i\",\"s\":\"t\",\"name\":\"signal %d\",\"cat\":\"signal\",\"pid\":1,\"tid\":0,"
                       "\"ts\":%.3f,\"args\":{\"signal\":%d}}",
                    sigs[i], us(ts[i], t0), sigs[i]);
    }
    fprintf(f, "\n],\"truncated\":%s}\n", truncated ? "true" : "false");
    fclose(f);
}

void gp_gil_trace_finish(GpInterp *in) {
    if (in->trace_path) {
        atomic_store(&in->trace_frozen, 1);
        /* The main thread's record ends now. */
        uint64_t now = gil_now_ns();
        for (GpThreadRecord *r = in->records; r; r = r->next)
            if (r->live && !r->ended_ns) r->ended_ns = now;
        write_trace(in);
    }
    GpThreadRecord *r = in->records;
    while (r) {
        GpThreadRecord *next = r->next;
        for (GpTraceChunk *c = r->head; c;) {
            GpTraceChunk *cn = c->next;
            free(c);
            c = cn;
        }
        if (r->live) r->live->record = NULL;
        free(r);
        r = next;
    }
    in->records = NULL;
    free(in->trace_path);
    in->trace_path = NULL;
}

/* ---- the summary */

typedef struct Totals {
    gil_stats s;
    uint64_t lifetime;
} Totals;

static void add(Totals *tot, const gil_stats *s, uint64_t life) {
    tot->s.acquisitions += s->acquisitions;
    tot->s.switches += s->switches;
    tot->s.forced_drops += s->forced_drops;
    tot->s.failed_takes += s->failed_takes;
    tot->s.held_ns += s->held_ns;
    tot->s.wait_ns += s->wait_ns;
    if (s->max_wait_ns > tot->s.max_wait_ns) tot->s.max_wait_ns = s->max_wait_ns;
    tot->s.moves += s->moves;
    for (int i = 0; i < GIL_REL_COUNT; i++) tot->s.releases[i] += s->releases[i];
    tot->lifetime += life;
}

/* One row of the table: held% and wait% are shares of `span`. */
static void print_row(const char *name, const gil_stats *s, uint64_t span) {
    fprintf(stderr, "%-24.24s %9.4f %9.4f %6.1f%% %6.1f%% %9llu %9llu %8llu %8llu %8.3fms %6llu\n", name,
            (double)s->held_ns / 1e9, (double)s->wait_ns / 1e9, 100.0 * (double)s->held_ns / (double)span,
            100.0 * (double)s->wait_ns / (double)span, (unsigned long long)s->acquisitions,
            (unsigned long long)s->switches, (unsigned long long)s->forced_drops, (unsigned long long)s->failed_takes,
            (double)s->max_wait_ns / 1e6, (unsigned long long)s->moves);
}

void gp_gil_print_stats(GpInterp *in) {
    uint64_t now = gil_now_ns();
    uint64_t elapsed = now - in->started_ns;
    int p = in->gil_policy;
    fprintf(stderr, "GIL statistics: policy %s, switch interval %.3f ms, check interval %d, %.3f s\n",
            p >= 0 && p <= 2 ? policy_names[p] : "?", in->switch_interval * 1e3, in->check_interval,
            (double)elapsed / 1e9);
    fprintf(stderr, "%-24s %9s %9s %7s %7s %9s %9s %8s %8s %10s %6s\n", "thread", "held s", "wait s", "held%", "wait%",
            "acquired", "switches", "forced", "failed", "max wait", "moved");
    Totals tot = {0};
    for (const GpThreadRecord *r = in->records; r; r = r->next) {
        gil_stats s = stats_of(r, now);
        uint64_t life = (r->ended_ns ? r->ended_ns : now) - r->started_ns;
        if (!life) life = 1;
        print_row(r->name, &s, life);
        add(&tot, &s, life);
    }
    if (!elapsed) elapsed = 1;
    print_row("total", &tot.s, elapsed);
    fprintf(stderr, "(total held%%: share of the run the GIL was held; total wait%%: mean number of threads "
                    "waiting, as a percentage; moved: sched moved the thread onto a waiting thread's CPU because it "
                    "did not pass the lock on within 50 us, kept off its CPU)\n");
}

/* ---- for the gil module */

static int put_u(GpThread *t, Value d, const char *k, uint64_t v) {
    Value x = gp_int_from_u64(t, v);
    return x ? gp_dict_set_cstr(t, d, k, x) : -1;
}

static int put_f(GpThread *t, Value d, const char *k, double v) { return gp_dict_set_cstr(t, d, k, v_from_float(v)); }

Value gp_gil_counts_dict(GpThread *t, const gil_stats *s) {
    Value d = gp_dict_new(t);
    if (!d) return VNULL;
    if (put_u(t, d, "acquisitions", s->acquisitions) < 0 || put_u(t, d, "switches", s->switches) < 0 ||
        put_u(t, d, "forced_drops", s->forced_drops) < 0 || put_u(t, d, "failed_takes", s->failed_takes) < 0 ||
        put_u(t, d, "held_ns", s->held_ns) < 0 || put_u(t, d, "wait_ns", s->wait_ns) < 0 ||
        put_u(t, d, "max_wait_ns", s->max_wait_ns) < 0 || put_u(t, d, "moves", s->moves) < 0 ||
        put_u(t, d, "releases_blocking", s->releases[GIL_REL_BLOCKING]) < 0 ||
        put_u(t, d, "releases_check", s->releases[GIL_REL_CHECK]) < 0 ||
        put_u(t, d, "releases_drop", s->releases[GIL_REL_DROP]) < 0 ||
        put_u(t, d, "releases_exit", s->releases[GIL_REL_EXIT]) < 0)
        return VNULL;
    return d;
}

/* The counts, then the fractions of `life` (gil_load's figures). */
static Value stats_dict(GpThread *t, const gil_stats *s, uint64_t life) {
    Value d = gp_gil_counts_dict(t, s);
    if (!d) return VNULL;
    if (!life) life = 1;
    if (put_f(t, d, "held_fraction", (double)s->held_ns / (double)life) < 0 ||
        put_f(t, d, "wait_fraction", (double)s->wait_ns / (double)life) < 0 || put_u(t, d, "lifetime_ns", life) < 0)
        return VNULL;
    return d;
}

Value gp_gil_stats_dict(GpThread *t) {
    GpInterp *in = t->interp;
    uint64_t now = gil_now_ns();
    Value threads = gp_list_new(t, 4);
    if (!threads) return VNULL;
    Totals tot = {0};
    pthread_mutex_lock(&in->records_mu);
    GpThreadRecord *head = in->records;
    pthread_mutex_unlock(&in->records_mu);
    for (const GpThreadRecord *r = head; r; r = r->next) {
        gil_stats s = stats_of(r, now);
        uint64_t life = (r->ended_ns ? r->ended_ns : now) - r->started_ns;
        Value d = stats_dict(t, &s, life);
        if (!d || gp_dict_set_cstr(t, d, "ident", gp_int_from_u64(t, r->ident)) < 0 ||
            gp_dict_set_cstr(t, d, "name", gp_str_from_cstr(t, r->name)) < 0 ||
            gp_dict_set_cstr(t, d, "alive", v_bool(r->live != NULL)) < 0 ||
            gp_dict_set_cstr(t, d, "main", v_bool(r->is_main)) < 0 || gp_list_insert(t, threads, 0, d) < 0)
            return VNULL;
        add(&tot, &s, life);
    }
    uint64_t elapsed = now - in->started_ns;
    Value total = stats_dict(t, &tot.s, elapsed);
    Value r = gp_dict_new(t);
    int p = in->gil_policy;
    if (!total || !r || gp_dict_set_cstr(t, r, "threads", threads) < 0 || gp_dict_set_cstr(t, r, "total", total) < 0 ||
        gp_dict_set_cstr(t, r, "policy", gp_str_from_cstr(t, p >= 0 && p <= 2 ? policy_names[p] : "?")) < 0 ||
        put_f(t, r, "switch_interval", in->switch_interval) < 0 ||
        put_u(t, r, "check_interval", (uint64_t)in->check_interval) < 0 || put_u(t, r, "elapsed_ns", elapsed) < 0)
        return VNULL;
    return r;
}
