/* file_binary.c - reading and writing binary files (bytes in, bytes out). */
#include <stdlib.h>
#include <string.h>

#include "../mem/heap.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "abstract.h"
#include "bytes.h"
#include "exc.h"
#include "file_impl.h"
#include "int.h"

/* Take n bytes (n <= unread) from the read buffer as a bytes object. */
static Value take(GpThread *t, GpFile *f, size_t n) {
    Value b = gp_bytes_new(t, n ? f->rbuf + f->rpos : NULL, n);
    if (b) f->rpos += n;
    return b;
}

/* Make sure `size` bytes are buffered, or fewer at end of file; `once`
 * stops after one read that returned data (read1, FileIO.read). */
static int want_bytes(GpThread *t, GpFile *f, size_t size, int once) {
    while (f->rlen - f->rpos < size) {
        int64_t r = file_fill(t, f, size - (f->rlen - f->rpos));
        if (r < 0) return -1;
        if (r == 0 || once) break;
    }
    return 0;
}

Value file_bin_read(GpThread *t, GpFile *f, int64_t size, int once) {
    if (file_before_read(t, f) < 0) return VNULL;
    if (size < 0) {
        if (file_fill_all(t, f) < 0) return VNULL;
        return take(t, f, f->rlen - f->rpos);
    }
    if (once && f->rlen > f->rpos) return take(t, f, (size_t)size < f->rlen - f->rpos ? (size_t)size : f->rlen - f->rpos);
    if (size > 0 && want_bytes(t, f, (size_t)size, once) < 0) return VNULL;
    size_t n = f->rlen - f->rpos;
    return take(t, f, (size_t)size < n ? (size_t)size : n);
}

Value file_bin_readline(GpThread *t, GpFile *f, int64_t limit) {
    if (file_before_read(t, f) < 0) return VNULL;
    size_t scanned = 0;
    for (;;) {
        size_t n = f->rlen - f->rpos;
        if (limit >= 0 && n > (uint64_t)limit) n = (size_t)limit;
        const char *p = f->rbuf ? f->rbuf + f->rpos : NULL;
        const char *nl = n > scanned ? memchr(p + scanned, '\n', n - scanned) : NULL;
        if (nl) return take(t, f, (size_t)(nl - p) + 1);
        if (limit >= 0 && n == (uint64_t)limit) return take(t, f, n);
        scanned = n;
        int64_t r = file_fill(t, f, 0);
        if (r < 0) return VNULL;
        if (r == 0) return take(t, f, f->rlen - f->rpos);
    }
}

Value file_bin_write(GpThread *t, GpFile *f, Value data) {
    const uint8_t *p;
    size_t n;
    int is_bytes = gp_is_bytes(data);
    if (!is_bytes && !gp_isinstance_type(data, &gp_bytearray_type))
        return gp_raise(t, &gp_TypeError, "a bytes-like object is required, not '%T'", data);
    /* Flushing may release the GIL, and another thread may then resize a
     * bytearray (its buffer is malloc'd): read the pointer afterwards. */
    if (file_before_write(t, f) < 0) return VNULL;
    if (is_bytes) {
        p = gp_bytes_obj(data)->data;
        n = gp_bytes_obj(data)->n;
    } else {
        p = ((GpByteArray *)v_obj(data))->data;
        n = ((GpByteArray *)v_obj(data))->n;
    }
    /* The OS call must not read an object's memory: copy first. */
    char *copy = malloc(n ? n : 1);
    if (!copy) return gp_raise_memory(t);
    if (n) memcpy(copy, p, n);
    int rc = n ? file_put(t, f, copy, n, memchr(copy, '\n', n) != NULL) : 0;
    free(copy);
    if (rc < 0) return VNULL;
    return gp_int_from_i64(t, (int64_t)n);
}

Value file_bin_readinto(GpThread *t, GpFile *f, Value buf) {
    if (!gp_isinstance_type(buf, &gp_bytearray_type))
        return gp_raise(t, &gp_TypeError, "readinto() argument must be read-write bytes-like object, not %T", buf);
    if (file_before_read(t, f) < 0) return VNULL;
    size_t want = ((GpByteArray *)v_obj(buf))->n;
    if (want_bytes(t, f, want, f->kind == FILE_RAW) < 0) return VNULL;
    /* The bytearray may have been resized by another thread meanwhile. */
    GpByteArray *ba = (GpByteArray *)v_obj(buf);
    size_t n = f->rlen - f->rpos;
    if (n > ba->n) n = ba->n;
    if (n) memcpy(ba->data, f->rbuf + f->rpos, n);
    f->rpos += n;
    return gp_int_from_i64(t, (int64_t)n);
}

Value file_bin_seek(GpThread *t, GpFile *f, Value offset, int whence) {
    int64_t off;
    Value i = gp_index(t, offset);
    if (!i || gp_as_ssize(t, i, &off) < 0) return VNULL;
    /* 3 and 4 are Linux's SEEK_DATA and SEEK_HOLE, which CPython passes on. */
    if (f->kind != FILE_RAW && (whence < 0 || whence > 4))
        return gp_raise(t, &gp_ValueError, "whence value %d unsupported", whence);
    int64_t r = file_os_seek(t, f, off, whence);
    return r < 0 ? VNULL : gp_int_from_i64(t, r);
}
