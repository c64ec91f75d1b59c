/* file_os.c - the system calls behind file objects.
 *
 * Each call that may block runs between gp_blocking_begin/end with the
 * PEP 475 retry on EINTR. While the GIL is released another thread may
 * use (or close) the same file object, so the buffer a call reads into or
 * writes from is first detached from the object: the call owns it, and
 * hands it back afterwards, merging with whatever the other thread
 * buffered meanwhile.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../mem/heap.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "exc.h"
#include "file_impl.h"

static int grow(GpThread *t, char **buf, size_t *cap, size_t need) {
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap : FILE_CHUNK;
    while (ncap < need) ncap *= 2;
    char *p = gp_mem_realloc(t, *buf, *cap, ncap);
    if (!p) return -1;
    *buf = p;
    *cap = ncap;
    return 0;
}

void file_drop_rbuf(GpFile *f) { f->rpos = f->rlen = 0; }

void file_free_buffers(GpInterp *in, GpFile *f) {
    if (f->rbuf) gp_mem_free(in, f->rbuf, f->rcap);
    if (f->wbuf) gp_mem_free(in, f->wbuf, f->wcap);
    f->rbuf = f->wbuf = NULL;
    f->rpos = f->rlen = f->rcap = f->wlen = f->wcap = 0;
}

/* Give a detached read buffer back to f. If another thread buffered data
 * meanwhile, that data came from a later read: it goes after ours. */
static void reattach_rbuf(GpThread *t, GpFile *f, char *buf, size_t len, size_t cap) {
    if (f->rbuf && f->rlen > f->rpos) {
        size_t extra = f->rlen - f->rpos;
        if (grow(t, &buf, &cap, len + extra) == 0) {
            memcpy(buf + len, f->rbuf + f->rpos, extra);
            len += extra;
        } else {
            gp_exc_clear(t);
        }
    }
    if (f->rbuf) gp_mem_free(t->interp, f->rbuf, f->rcap);
    f->rbuf = buf;
    f->rpos = 0;
    f->rlen = len;
    f->rcap = cap;
}

/* Note the kinds of newlines in bytes just read (n == 0: end of file). */
static void note_newlines(GpFile *f, const char *p, size_t n) {
    if (n == 0) {
        if (f->pending_cr) f->seen_nl |= SEEN_CR;
        f->pending_cr = 0;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (f->pending_cr) {
            f->seen_nl |= p[i] == '\n' ? SEEN_CRLF : SEEN_CR;
            f->pending_cr = 0;
            if (p[i] == '\n') continue;
        }
        if (p[i] == '\r') f->pending_cr = 1;
        else if (p[i] == '\n') f->seen_nl |= SEEN_LF;
    }
}

int64_t file_fill(GpThread *t, GpFile *f, size_t want) {
    if (f->fd < 0) return gp_raise_i(t, &gp_ValueError, "I/O operation on closed file.");
    size_t unread = f->rlen - f->rpos;
    if (f->rpos) {
        memmove(f->rbuf, f->rbuf + f->rpos, unread);
        f->rpos = 0;
        f->rlen = unread;
    }
    size_t room = want > FILE_CHUNK ? want : FILE_CHUNK;
    if (grow(t, &f->rbuf, &f->rcap, f->rlen + room) < 0) return -1;
    char *buf = f->rbuf;
    size_t len = f->rlen, cap = f->rcap;
    f->rbuf = NULL;
    f->rpos = f->rlen = f->rcap = 0;
    int fd = f->fd;
    ssize_t n;
    for (;;) {
        gp_blocking_begin(t);
        n = read(fd, buf + len, cap - len);
        int err = errno;
        gp_blocking_end(t);
        if (n >= 0) break;
        if (err != EINTR) {
            reattach_rbuf(t, f, buf, len, cap);
            gp_raise_errno(t, err, VNULL);
            return -1;
        }
        if (gp_blocking_eintr(t) < 0) {
            reattach_rbuf(t, f, buf, len, cap);
            return -1;
        }
    }
    if (f->kind == FILE_TEXT && (f->newline == NL_UNIVERSAL || f->newline == NL_ANY))
        note_newlines(f, buf + len, (size_t)n);
    reattach_rbuf(t, f, buf, len + (size_t)n, cap);
    return n;
}

int file_os_write(GpThread *t, int fd, const char *data, size_t n) {
    while (n > 0) {
        ssize_t w;
        gp_blocking_begin(t);
        w = write(fd, data, n);
        int err = errno;
        gp_blocking_end(t);
        if (w < 0) {
            if (err != EINTR) return gp_raise_errno(t, err, VNULL), -1;
            if (gp_blocking_eintr(t) < 0) return -1;
            continue;
        }
        data += w;
        n -= (size_t)w;
    }
    return 0;
}

int file_flush_wbuf(GpThread *t, GpFile *f) {
    if (!f->wlen) return 0;
    if (f->fd < 0) return gp_raise_i(t, &gp_ValueError, "I/O operation on closed file.");
    char *buf = f->wbuf;
    size_t len = f->wlen, cap = f->wcap;
    f->wbuf = NULL;
    f->wlen = f->wcap = 0;
    int rc = file_os_write(t, f->fd, buf, len);
    if (!f->wbuf) {
        f->wbuf = buf;
        f->wcap = cap;
    } else {
        gp_mem_free(t->interp, buf, cap);
    }
    return rc;
}

int file_put(GpThread *t, GpFile *f, const char *data, size_t n, int has_newline) {
    if (f->wbuffering == WB_NONE) return file_os_write(t, f->fd, data, n);
    if (grow(t, &f->wbuf, &f->wcap, f->wlen + n) < 0) return -1;
    memcpy(f->wbuf + f->wlen, data, n);
    f->wlen += n;
    if ((f->wbuffering == WB_LINE && has_newline) || f->wlen >= FILE_CHUNK) return file_flush_wbuf(t, f);
    return 0;
}

int file_is_seekable(GpThread *t, GpFile *f) {
    (void)t;
    if (f->seekable < 0) f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return f->seekable;
}

int file_before_write(GpThread *t, GpFile *f) {
    if (f->rlen > f->rpos && f->kind != FILE_TEXT && file_is_seekable(t, f)) {
        /* Binary files write at the logical position, as BufferedRandom;
         * a text file writes where its read-ahead left the OS position,
         * as TextIOWrapper over BufferedRandom does. */
        if (lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR) < 0) return gp_raise_errno(t, errno, VNULL), -1;
    }
    file_drop_rbuf(f);
    if (f->peer) {
        GpFile *p = file_obj(f->peer);
        if (p->wlen && file_flush_wbuf(t, p) < 0) return -1;
    }
    return 0;
}

int file_before_read(GpThread *t, GpFile *f) {
    if (f->wlen && file_flush_wbuf(t, f) < 0) return -1;
    if (!f->peer) return 0;
    GpFile *p = file_obj(f->peer);
    if (p->wlen && file_flush_wbuf(t, p) < 0) return -1;
    size_t extra = p->rlen - p->rpos;
    if (!extra) return 0;
    /* The peer read ahead of us on the same descriptor: its unread bytes
     * come before anything we have not read either. */
    size_t unread = f->rlen - f->rpos;
    if (grow(t, &f->rbuf, &f->rcap, unread + extra) < 0) return -1;
    memmove(f->rbuf + extra, f->rbuf + f->rpos, unread);
    memcpy(f->rbuf, p->rbuf + p->rpos, extra);
    f->rpos = 0;
    f->rlen = unread + extra;
    file_drop_rbuf(p);
    return 0;
}

int64_t file_os_seek(GpThread *t, GpFile *f, int64_t off, int whence) {
    if (file_flush_wbuf(t, f) < 0) return -1;
    if (whence == SEEK_CUR) off -= (int64_t)(f->rlen - f->rpos);
    file_drop_rbuf(f);
    f->pending_cr = 0;
    off_t r = lseek(f->fd, (off_t)off, whence);
    if (r < 0) return gp_raise_errno(t, errno, VNULL), -1;
    return (int64_t)r;
}

int64_t file_tell(GpThread *t, GpFile *f) {
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return gp_raise_errno(t, errno, VNULL), -1;
    return (int64_t)r - (int64_t)(f->rlen - f->rpos) + (int64_t)f->wlen;
}

int file_truncate(GpThread *t, GpFile *f, int64_t size) {
    if (file_flush_wbuf(t, f) < 0) return -1;
    if (f->rlen > f->rpos && file_is_seekable(t, f) && f->kind != FILE_TEXT &&
        lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR) < 0)
        return gp_raise_errno(t, errno, VNULL), -1;
    file_drop_rbuf(f);
    int rc;
    for (;;) {
        gp_blocking_begin(t);
        rc = ftruncate(f->fd, (off_t)size);
        int err = errno;
        gp_blocking_end(t);
        if (rc == 0) return 0;
        if (err != EINTR) return gp_raise_errno(t, err, VNULL), -1;
        if (gp_blocking_eintr(t) < 0) return -1;
    }
}

/* Mark f closed and release its descriptor and buffers. */
static int close_one(GpThread *t, GpFile *f, int *err) {
    int fd = f->fd;
    f->fd = -1;
    f->closed = 1;
    file_free_buffers(t->interp, f);
    if (fd >= 0 && f->closefd && close(fd) < 0 && errno != EINTR) *err = errno;
    return 0;
}

int file_close(GpThread *t, GpFile *f) {
    if (f->closed) return 0;
    int rc = file_flush_wbuf(t, f);
    Value saved = rc < 0 ? gp_exc_fetch(t) : VNULL;
    int err = 0;
    /* A text file and its .buffer share one descriptor: closing either
     * closes both, as CPython's TextIOWrapper.close closes its buffer. */
    if (f->peer) {
        GpFile *p = file_obj(f->peer);
        if (!p->closed) {
            if (file_flush_wbuf(t, p) < 0 && !saved) saved = gp_exc_fetch(t);
            close_one(t, p, &err);
        }
    }
    close_one(t, f, &err);
    if (saved) {
        gp_exc_restore(t, saved);
        return -1;
    }
    if (err) return gp_raise_errno(t, err, VNULL), -1;
    return 0;
}

int file_os_open(GpThread *t, const char *path, int flags, Value filename) {
    /* path points into a str or bytes object: copy it before letting go. */
    char *copy = strdup(path);
    if (!copy) return gp_raise_memory(t), -1;
    int fd, err, collected = 0;
    for (;;) {
        gp_blocking_begin(t);
        fd = open(copy, flags | O_CLOEXEC, 0666);
        err = errno;
        gp_blocking_end(t);
        if (fd >= 0) break;
        if ((err == EMFILE || err == ENFILE) && !collected) {
            /* Out of descriptors: files that are garbage but not yet
             * collected may hold them (CPython would have closed them
             * already). Collect once and retry, as Ruby does. */
            collected = 1;
            gp_gc_collect(t);
            continue;
        }
        if (err != EINTR) break;
        if (gp_blocking_eintr(t) < 0) {
            free(copy);
            return -1;
        }
    }
    free(copy);
    if (fd < 0) return gp_raise_errno(t, err, filename), -1;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return gp_raise_errno(t, EISDIR, filename), -1;
    }
    return fd;
}

int file_fill_all(GpThread *t, GpFile *f) {
    for (;;) {
        /* Ask for as much again as is buffered: reading a large file
         * takes a logarithmic number of buffer growths. */
        size_t want = f->rlen - f->rpos;
        int64_t r = file_fill(t, f, want > FILE_CHUNK ? want : FILE_CHUNK);
        if (r <= 0) return (int)r;
    }
}
