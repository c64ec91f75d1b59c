#define _GNU_SOURCE /* pthread_getattr_np */
/* state.c - thread states and the data stack of frames. */
#include "state.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "error.h"
#include "../obj/exc.h"

/* Words of a GpFrame header on the data stack. */
#define FRAME_WORDS ((sizeof(GpFrame) + sizeof(Value) - 1) / sizeof(Value))
/* A chunk holds this many words unless a frame needs more. */
#define CHUNK_WORDS ((size_t)32 * 1024)
/* Stack kept free for C code below the recursion check. */
#define C_STACK_MARGIN ((size_t)256 * 1024)

GpThread *gp_thread_new(GpInterp *in) {
    GpThread *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->interp = in;
    t->ticks = in->check_interval; /* reset at the first check (gil_glue.c) */
    pthread_mutex_lock(&in->threads_mu);
    t->ident = ++in->next_ident;
    t->linked = 1;
    t->next = in->threads;
    if (in->threads) in->threads->prev = t;
    in->threads = t;
    pthread_mutex_unlock(&in->threads_mu);
    return t;
}

void gp_thread_attach(GpThread *t) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    t->pthread = pthread_self();
    t->native_id = (long)syscall(SYS_gettid);
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (addr && size > 2 * C_STACK_MARGIN) {
        t->c_stack_base = (char *)addr + size;
        t->c_stack_low = (char *)addr + C_STACK_MARGIN;
    } else {
        /* Unknown bounds: assume 1 MiB below the current frame. */
        t->c_stack_base = (char *)__builtin_frame_address(0) + 4096;
        t->c_stack_low = (char *)__builtin_frame_address(0) - (1 << 20);
    }
}

void gp_thread_unlink(GpThread *t) {
    if (!t->linked) return; /* only t's own thread unlinks it: no race on the flag */
    GpInterp *in = t->interp;
    pthread_mutex_lock(&in->threads_mu);
    if (t->linked) {
        if (t->prev) t->prev->next = t->next;
        else in->threads = t->next;
        if (t->next) t->next->prev = t->prev;
        t->linked = 0;
    }
    pthread_mutex_unlock(&in->threads_mu);
}

void gp_thread_free(GpThread *t) {
    gp_thread_unlink(t);
    GpStackChunk *c = t->chunk;
    while (c) {
        GpStackChunk *prev = c->prev;
        free(c);
        c = prev;
    }
    free(t->spare);
    free(t->pins);
    free(t);
}

static int new_chunk(GpThread *t, size_t words) {
    size_t size = words > CHUNK_WORDS ? words : CHUNK_WORDS;
    GpStackChunk *c;
    if (t->spare && t->spare->size >= size) {
        c = t->spare;
        t->spare = NULL;
    } else {
        c = malloc(sizeof *c + size * sizeof(Value));
        if (!c) return -1;
        c->size = size;
    }
    if (t->chunk) t->chunk->top_saved = t->stack_top;
    c->prev = t->chunk;
    t->chunk = c;
    t->stack_top = c->data;
    t->stack_end = c->data + c->size;
    return 0;
}

GpFrame *gp_frame_push(GpThread *t, GpCode *code) {
    if (GP_UNLIKELY(t->depth >= t->interp->recursion_limit)) {
        gp_raise(t, &gp_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t words = FRAME_WORDS + code->nregs;
    if (GP_UNLIKELY(!t->chunk || (size_t)(t->stack_end - t->stack_top) < words)) {
        if (new_chunk(t, words) < 0) {
            gp_raise_memory(t);
            return NULL;
        }
    }
    GpFrame *f = (GpFrame *)t->stack_top;
    t->stack_top += words;
    memset(f, 0, words * sizeof(Value));
    f->regs = (Value *)f + FRAME_WORDS;
    f->code = code;
    f->prev = t->frame;
    t->frame = f;
    t->depth++;
    return f;
}

void gp_frame_pop(GpThread *t, GpFrame *f) {
    t->frame = f->prev;
    t->depth--;
    t->stack_top = (Value *)f;
    if ((Value *)f == t->chunk->data && t->chunk->prev) {
        GpStackChunk *c = t->chunk;
        t->chunk = c->prev;
        t->stack_top = t->chunk->top_saved;
        t->stack_end = t->chunk->data + t->chunk->size;
        free(t->spare);
        t->spare = c;
    }
}
