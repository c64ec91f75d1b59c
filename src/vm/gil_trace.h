/* gil_trace.h - what the GIL did, per thread: statistics always, and a
 * trace of every event when asked (-X gil-trace=FILE, GILPY_GIL_TRACE).
 *
 * Every thread the interpreter runs gets a GpThreadRecord, kept in the
 * interpreter's list until the interpreter dies (so statistics survive the
 * thread): its ident and name, start and end times, the lock's counters
 * (copied when the thread ends) and, when tracing, its events.
 *
 * Recording an event: the lock's trace hook (gil_config.trace) runs in the
 * thread the event is about, which appends to its own record's buffer, a
 * list of fixed-size chunks: no lock is taken, nothing is shared. The
 * record list itself is only changed under `records_mu` when a thread is
 * registered. Signal arrivals come from a C signal handler, which cannot
 * touch the buffers: vm/signals.c keeps their timestamps in a ring, read
 * when the trace is written.
 *
 * At exit the trace is written in the Chrome Trace Event format (opens in
 * Perfetto's UI and chrome://tracing): one track per thread, complete
 * events ("X") for holding and for waiting, instant events ("i") for drop
 * requests, forced switches, failed takes, signals, handler runs and
 * thread start and end.
 */
#ifndef GP_GIL_TRACE_H
#define GP_GIL_TRACE_H

#include "state.h"

/* Event kinds beyond the lock's own (gil_event). */
enum {
    GP_TEV_HANDLER = GIL_EV_COUNT, /* a Python signal handler ran; arg: signal number */
    GP_TEV_THREAD_START,
    GP_TEV_THREAD_END,
};

typedef struct GpTraceEvent {
    uint64_t ts;   /* gil_now_ns() */
    uint64_t arg;
    uint32_t kind; /* gil_event or GP_TEV_* */
} GpTraceEvent;

#define GP_TRACE_CHUNK 4096

typedef struct GpTraceChunk {
    struct GpTraceChunk *next;
    uint32_t n;
    GpTraceEvent ev[GP_TRACE_CHUNK];
} GpTraceChunk;

typedef struct GpThreadRecord {
    struct GpThreadRecord *next;
    uint64_t ident;
    char name[64];          /* threading's name, or "Thread-<ident>" */
    uint64_t started_ns, ended_ns; /* ended_ns 0 while running */
    gil_stats stats;        /* copied when the thread ends */
    int is_main;
    GpThread *live;         /* the thread while it runs (its stats are live), else NULL */
    GpTraceChunk *head, *tail;
    uint64_t nevents;
    int truncated;          /* the event cap was reached */
} GpThreadRecord;

/* Turn tracing on (before gp_gil_setup); path is copied. */
void gp_gil_trace_enable(GpInterp *in, const char *path);
/* The hook to put in gil_config.trace (NULL when tracing is off). */
void (*gp_gil_trace_hook(GpInterp *in))(void *, gil_thread *, gil_event, uint64_t, uint64_t);

/* Register t (with the GIL held or before threads exist); 0 or -1 (OOM). */
int gp_gil_record_thread(GpThread *t);
/* t is ending (GIL held): keep its counters. */
void gp_gil_record_thread_end(GpThread *t);
/* Name t's record (threading.Thread.name). */
void gp_gil_record_name(GpThread *t, const char *name, size_t len);
/* A handler for signal sig is about to run in the main thread. */
void gp_gil_trace_handler(GpThread *t, int sig);

/* In a forked child: every thread but t is gone. */
void gp_gil_records_after_fork(GpThread *t);

/* Write the trace file (if tracing) and free the records. */
void gp_gil_trace_finish(GpInterp *in);
/* Print the -X gil-stats summary to stderr. */
void gp_gil_print_stats(GpInterp *in);

/* The statistics as a dict for the `gil` module. */
Value gp_gil_stats_dict(GpThread *t);
/* A dict of one thread's counters (gil.thread_stats()). */
Value gp_gil_counts_dict(GpThread *t, const gil_stats *s);

#endif
