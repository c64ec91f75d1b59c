/* heap.h - the garbage-collected heap of one interpreter.
 *
 * Design (docs/design.md, "Memory"): a non-moving mark-and-sweep collector.
 *  - Objects live in 64 KiB spans of equal-size slots (size classes), or in
 *    a span of their own when large. A per-heap span map answers "is this
 *    word a pointer into one of my objects?", which makes conservative
 *    scanning possible.
 *  - Roots: each thread's register stack (every word is a Value) and its C
 *    stack and saved registers are scanned conservatively; interpreter and
 *    thread structures are traced precisely; heap objects are traced
 *    precisely through their type's trace slot. C code therefore never
 *    registers its local variables: a Value in a C local is safe.
 *  - Values kept in malloc'd memory that no object owns (the compiler's
 *    tables, say) must be pinned (gp_pin).
 *  - A collection runs inside an allocation, with the GIL held; threads
 *    that released the GIL have saved their stack pointer and registers
 *    (gp_thread_save_stack), and touch no object until they take it back.
 *  - Buffers owned by objects (list items, dict tables) are malloc'd
 *    through gp_mem_* so that they count toward the next collection, and
 *    are freed by the owner's finalize slot.
 */
#ifndef GP_HEAP_H
#define GP_HEAP_H

#include <stddef.h>
#include <stdint.h>

#include "../obj/object.h"

typedef struct GpHeap GpHeap;

/* A new zeroed object of `size` bytes (header included) with its type set.
 * t == NULL allocates an immortal object outside any heap (process-wide
 * initialisation only). NULL with MemoryError set on failure. */
void *gp_alloc(GpThread *t, GpType *type, size_t size);

/* Buffers owned by objects. gp_mem_alloc zeroes; NULL + MemoryError on
 * failure (t == NULL: immortal, no accounting). gp_mem_free takes the
 * interpreter so finalizers can call it. */
void *gp_mem_alloc(GpThread *t, size_t n);
void *gp_mem_realloc(GpThread *t, void *p, size_t old_n, size_t new_n);
void gp_mem_free(GpInterp *interp, void *p, size_t n);

/* Buffers owned by one object, allocated in the heap itself: no malloc,
 * no finalizer, freed by the collector once the owner stops marking
 * them. The owner's trace slot marks the buffer with gc_mark_blob (and
 * marks the Values inside it itself). Zeroed. NULL + MemoryError. */
void *gp_blob_alloc(GpThread *t, size_t n);
/* Free a blob allocated with t == NULL (immortal, outside every heap)
 * once nothing refers to it: an immortal dict's old table after a resize. */
void gp_blob_free_immortal(void *p);
void *gp_blob_realloc(GpThread *t, void *p, size_t old_n, size_t new_n);
void gc_mark_blob(GpGc *gc, const void *p);

/* Marking, for trace slots. Values that are not heap objects of this heap
 * (ints, floats, static or immortal objects) are ignored. */
void gc_mark(GpGc *gc, Value v);
void gc_mark_range(GpGc *gc, const Value *v, size_t n);

/* Values held only by malloc'd memory: pin them while they are needed.
 * Pins are a stack per thread; gp_unpin pops the last n. */
int gp_pin(GpThread *t, Value v);
void gp_unpin(GpThread *t, size_t n);

/* Run a full collection now. */
void gp_gc_collect(GpThread *t);
/* The same, returning the number of objects it freed (gc.collect()). */
size_t gp_gc_collect_counted(GpThread *t);
/* gc.enable() / gc.disable(): disabled, automatic collections are
 * deferred, not stopped (see heap.c, set_threshold). */
void gp_gc_set_enabled(GpHeap *h, int enabled);
int gp_gc_is_enabled(const GpHeap *h);

/* Heap lifecycle, owned by the interpreter. */
GpHeap *gp_heap_new(void);
void gp_heap_free(GpInterp *interp, GpHeap *h); /* finalizes every object */

typedef struct GpHeapStats {
    size_t collections;
    size_t live_bytes;    /* after the last collection */
    size_t heap_bytes;    /* spans and buffers currently held */
    size_t allocated_total;
} GpHeapStats;
void gp_heap_stats(GpHeap *h, GpHeapStats *out);

/* A thread's callee-saved registers, spilled where the collector reads
 * them as roots (mem/regs.c). */
typedef struct GpRegs {
    uintptr_t w[32];
} GpRegs;
/* Store the callee-saved registers as the caller holds them and return
 * the caller's stack pointer: the caller's chain holds no Value outside
 * *r and the stack from there up. Used by gp_thread_save_stack
 * (vm/state.h) and by the collector for its own thread. */
void *gp_spill_registers(GpRegs *r);

#endif
