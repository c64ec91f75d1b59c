/* thread_lock.c - _thread.lock and _thread.RLock.
 *
 * A lock is a POSIX semaphore of value 1 (free) or 0 (held), as CPython
 * builds it. Why a semaphore and not a mutex: any thread may release a
 * lock another thread acquired (threading.Condition relies on it), and
 * sem_wait returns EINTR when a signal handler ran, so a main thread
 * blocked in acquire() still runs its Python signal handlers (PEP 475).
 *
 * Acquiring first tries without blocking; only if that fails does the
 * thread release the GIL (gp_blocking_begin) and wait, so an uncontended
 * acquire costs one atomic operation. `locked` mirrors the semaphore for
 * locked() and repr and is read and written with the GIL held.
 *
 * An RLock adds an owner (thread ident) and a recursion count, both
 * touched only by the owner or with the semaphore held.
 */
#define _GNU_SOURCE /* sem_clockwait */
#include <errno.h>
#include <math.h>
#include <semaphore.h>
#include <stdint.h>
#include <time.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "thread_impl.h"

typedef struct GpLock {
    GpObj hdr;
    sem_t sem;
    int locked;
    uint64_t owner; /* RLock: the owner's ident, 0 when free */
    uint64_t count; /* RLock: recursion depth */
} GpLock;

static GpLock *lock_of(Value v) { return (GpLock *)v_obj(v); }

static void lock_finalize(GpInterp *in, GpObj *self) {
    (void)in;
    sem_destroy(&((GpLock *)self)->sem);
}

static Value lock_alloc(GpThread *t, GpType *type) {
    GpLock *l = gp_alloc(t, type, type->size);
    if (!l) return VNULL;
    if (sem_init(&l->sem, 0, 1) != 0) return gp_raise_errno(t, errno, VNULL);
    return v_from_obj(l);
}

Value gp_lock_new(GpThread *t) { return lock_alloc(t, &gp_lock_type); }

/* ---- waiting */

#define NS_PER_SEC INT64_C(1000000000)

/* The (blocking, timeout) arguments of acquire(): *timeout_ns is -1 to
 * wait forever, 0 not to wait. CPython's checks and messages. */
static int parse_acquire(GpThread *t, const char *fname, const Value *args, size_t nargs, Value kw,
                         int64_t *timeout_ns) {
    static const char *const names[] = {"blocking", "timeout"};
    GpArgSpec spec = {fname, names, 2, 2, 0, 0};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return -1;
    int blocking = 1;
    if (a[0]) {
        blocking = gp_truthy(t, a[0]);
        if (blocking < 0) return -1;
    }
    double timeout = -1;
    if (a[1] && gp_as_double(t, a[1], &timeout) < 0) return -1;
    if (!blocking && timeout != -1)
        return gp_raise_i(t, &gp_ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1) return gp_raise_i(t, &gp_ValueError, "timeout value must be positive");
    if (!blocking) {
        *timeout_ns = 0;
    } else if (timeout == -1) {
        *timeout_ns = -1;
    } else {
        double ns = ceil(timeout * 1e9);
        if (!(ns < 9.2e18)) return gp_raise_i(t, &gp_OverflowError, "timestamp out of range for platform time_t");
        *timeout_ns = (int64_t)ns;
    }
    return 0;
}

static int64_t monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

/* 1 acquired, 0 timed out, -1 a signal handler raised. */
int gp_sem_acquire(GpThread *t, sem_t *sem, int64_t timeout_ns) {
    if (sem_trywait(sem) == 0) return 1;
    if (timeout_ns == 0) return 0;
    int64_t deadline = timeout_ns > 0 ? monotonic_ns() + timeout_ns : 0;
    struct timespec ts = {(time_t)(deadline / NS_PER_SEC), (long)(deadline % NS_PER_SEC)};
    for (;;) {
        gp_blocking_begin_wait(t);
        int r = timeout_ns < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &ts);
        int err = errno;
        gp_blocking_end(t);
        if (r == 0) return 1;
        if (err == ETIMEDOUT) return 0;
        if (err != EINTR) return gp_raise_errno(t, err, VNULL), -1;
        if (gp_blocking_eintr(t) < 0) return -1;
    }
}

/* ---- _thread.lock */

static Value lock_acquire(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    int64_t timeout;
    if (parse_acquire(t, "acquire", args, nargs, kw, &timeout) < 0) return VNULL;
    GpLock *l = lock_of(self);
    int r = gp_sem_acquire(t, &l->sem, timeout);
    if (r < 0) return VNULL;
    if (r) l->locked = 1;
    return v_bool(r);
}

int gp_lock_release(GpThread *t, Value self) {
    GpLock *l = lock_of(self);
    if (!l->locked) return gp_raise_i(t, &gp_RuntimeError, "release unlocked lock");
    l->locked = 0;
    sem_post(&l->sem);
    return 0;
}

static Value lock_release(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "release", nargs, 0, 0) < 0) return VNULL;
    return gp_lock_release(t, self) < 0 ? VNULL : V_NONE;
}

static Value lock_exit(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return gp_lock_release(t, self) < 0 ? VNULL : V_NONE;
}

static Value lock_locked(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)kw;
    if (gp_check_nargs(t, "locked", nargs, 0, 0) < 0) return VNULL;
    return v_bool(lock_of(self)->locked);
}

static Value lock_repr(GpThread *t, Value self) {
    return gp_format(t, "<%s %s object at %p>", lock_of(self)->locked ? "locked" : "unlocked", v_type(self)->name,
                     v_obj(self));
}

static Value lock_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args;
    if (nargs || (kw && gp_tuple_len(kw))) return gp_raise(t, &gp_TypeError, "lock() takes no arguments");
    return lock_alloc(t, (GpType *)v_obj(callable));
}

static const GpMethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0},
    {"acquire_lock", lock_acquire, 0},
    {"release", lock_release, 0},
    {"release_lock", lock_release, 0},
    {"locked", lock_locked, 0},
    {"locked_lock", lock_locked, 0},
    {"__enter__", lock_acquire, 0},
    {"__exit__", lock_exit, 0},
    {NULL, NULL, 0},
};

GpType gp_lock_type = {
    .hdr = {&gp_type_type},
    .name = "_thread.lock",
    .base = &gp_object_type,
    .size = sizeof(GpLock),
    .repr = lock_repr,
    .new_ = lock_new,
    .finalize = lock_finalize,
    .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive.",
};
GP_REGISTER_TYPE(gp_lock_type);

/* ---- _thread.RLock */

static Value rlock_acquire(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    int64_t timeout;
    if (parse_acquire(t, "acquire", args, nargs, kw, &timeout) < 0) return VNULL;
    GpLock *l = lock_of(self);
    if (l->count && l->owner == t->ident) {
        if (l->count == UINT64_MAX) return gp_raise(t, &gp_OverflowError, "Internal lock count overflowed");
        l->count++;
        return V_TRUE;
    }
    int r = gp_sem_acquire(t, &l->sem, timeout);
    if (r < 0) return VNULL;
    if (r) {
        l->locked = 1;
        l->owner = t->ident;
        l->count = 1;
    }
    return v_bool(r);
}

static Value rlock_release(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    GpLock *l = lock_of(self);
    if (!l->count || l->owner != t->ident) return gp_raise(t, &gp_RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0) {
        l->owner = 0;
        l->locked = 0;
        sem_post(&l->sem);
    }
    return V_NONE;
}

static Value rlock_is_owned(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    GpLock *l = lock_of(self);
    return v_bool(l->count && l->owner == t->ident);
}

/* Condition.wait on an RLock: release it whatever the depth, and give
 * back (count, owner) to restore afterwards. */
static Value rlock_release_save(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    GpLock *l = lock_of(self);
    if (!l->count) return gp_raise(t, &gp_RuntimeError, "cannot release un-acquired lock");
    Value saved = gp_tuple_pack(t, 2, gp_int_from_u64(t, l->count), gp_int_from_u64(t, l->owner));
    if (!saved) return VNULL;
    l->count = 0;
    l->owner = 0;
    l->locked = 0;
    sem_post(&l->sem);
    return saved;
}

static Value rlock_acquire_restore(GpThread *t, Value self, const Value *args, size_t nargs, Value kw) {
    (void)kw;
    if (gp_check_nargs(t, "_acquire_restore", nargs, 1, 1) < 0) return VNULL;
    Value st = args[0];
    int64_t count, owner;
    if (!gp_is_tuple(st) || gp_tuple_len(st) != 2 || gp_as_ssize(t, gp_tuple_items(st)[0], &count) < 0 ||
        gp_as_ssize(t, gp_tuple_items(st)[1], &owner) < 0) {
        if (!t->exc) gp_raise(t, &gp_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
        return VNULL;
    }
    GpLock *l = lock_of(self);
    int r = gp_sem_acquire(t, &l->sem, -1);
    if (r < 0) return VNULL;
    l->locked = 1;
    l->owner = (uint64_t)owner;
    l->count = (uint64_t)count;
    return V_NONE;
}

static Value rlock_repr(GpThread *t, Value self) {
    GpLock *l = lock_of(self);
    return gp_format(t, "<%s %s object owner=%llu count=%llu at %p>", l->count ? "locked" : "unlocked",
                     v_type(self)->name, (unsigned long long)l->owner, (unsigned long long)l->count, v_obj(self));
}

static Value rlock_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return lock_alloc(t, (GpType *)v_obj(callable));
}

static const GpMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0},
    {"release", rlock_release, 0},
    {"__enter__", rlock_acquire, 0},
    {"__exit__", rlock_release, 0},
    {"_is_owned", rlock_is_owned, 0},
    {"_release_save", rlock_release_save, 0},
    {"_acquire_restore", rlock_acquire_restore, 0},
    {NULL, NULL, 0},
};

GpType gp_rlock_type = {
    .hdr = {&gp_type_type},
    .name = "_thread.RLock",
    .base = &gp_object_type,
    .size = sizeof(GpLock),
    .flags = GP_TF_BASETYPE,
    .repr = rlock_repr,
    .new_ = rlock_new,
    .finalize = lock_finalize,
    .methods = rlock_methods,
};
GP_REGISTER_TYPE(gp_rlock_type);
