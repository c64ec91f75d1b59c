/* urandom.c - the OS random source. getrandom(2) never returns short
 * reads of 256 bytes or less once the pool is ready, but may for larger
 * requests and on signals, so it is called in a loop; on EINTR pending
 * signal handlers run first (PEP 475). */
#define _GNU_SOURCE
#include "urandom.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include "../vm/blocking.h"
#include "../vm/error.h"

static int from_dev_urandom(GpThread *t, unsigned char *p, size_t n) {
    int fd;
    do fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return gp_raise_errno(t, errno, VNULL), -1;
    while (n > 0) {
        ssize_t got = read(fd, p, n);
        if (got < 0 && errno == EINTR) {
            if (gp_blocking_eintr(t) < 0) break;
            continue;
        }
        if (got <= 0) {
            int err = got < 0 ? errno : EIO;
            close(fd);
            return gp_raise_errno(t, err, VNULL), -1;
        }
        p += got;
        n -= (size_t)got;
    }
    close(fd);
    return n ? -1 : 0;
}

int gp_urandom(GpThread *t, void *buf, size_t n) {
    unsigned char *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == ENOSYS || errno == EPERM) return from_dev_urandom(t, p, n);
            if (errno != EINTR) return gp_raise_errno(t, errno, VNULL), -1;
            if (gp_blocking_eintr(t) < 0) return -1;
            continue;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}
