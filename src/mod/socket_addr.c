/* socket_addr.c - socket addresses between their Python forms and
 * struct sockaddr, as CPython's getsockaddrarg/makesockaddr:
 *   AF_INET   (host, port)
 *   AF_INET6  (host, port[, flowinfo[, scope_id]]); made with all four
 *   AF_UNIX   a path, str or bytes; a name that starts with NUL is in
 *             Linux's abstract namespace and comes back as bytes
 * Host names are resolved as CPython's setipaddr does: '' is the
 * wildcard address, '<broadcast>' the broadcast address, numeric
 * addresses are parsed without a lookup, and anything else goes through
 * getaddrinfo with the GIL released.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>

#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "socket_impl.h"

Value sock_gai_error(GpThread *t, int code) {
    if (code == EAI_SYSTEM) return gp_raise_errno(t, errno, VNULL);
    Value msg = gp_str_from_cstr(t, gai_strerror(code));
    Value args = msg ? gp_tuple_pack(t, 2, v_from_small(code), msg) : VNULL;
    Value e = args ? gp_exc_new(t, &gp_socket_gaierror, args) : VNULL;
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

/* getaddrinfo with the GIL released; name is a private copy. */
static int lookup(GpThread *t, const char *name, const char *service, const struct addrinfo *hints,
                  struct addrinfo **res) {
    char *copy = name ? strdup(name) : NULL;
    if (name && !copy) return gp_raise_memory(t), -1;
    gp_blocking_begin(t);
    int r = getaddrinfo(copy, service, hints, res);
    int e = errno;
    gp_blocking_end(t);
    free(copy);
    errno = e;
    return r ? (sock_gai_error(t, r), -1) : 0;
}

int sock_resolve_host(GpThread *t, const char *name, int family, SockAddr *out) {
    memset(out, 0, sizeof *out);
    struct addrinfo hints = {0}, *res;
    hints.ai_family = family;
    if (name[0] == 0) {
        hints.ai_socktype = SOCK_DGRAM;
        hints.ai_flags = AI_PASSIVE;
        if (lookup(t, NULL, "0", &hints, &res) < 0) return -1;
        int bad = res->ai_family != AF_INET && res->ai_family != AF_INET6;
        const char *msg = bad ? "unsupported address family" : res->ai_next ? "wildcard resolved to multiple address" : NULL;
        if (!msg) memcpy(out, res->ai_addr, res->ai_addrlen < sizeof *out ? res->ai_addrlen : sizeof *out);
        freeaddrinfo(res);
        return msg ? gp_raise_i(t, &gp_OSError, "%s", msg) : 0;
    }
    if (!strcmp(name, "255.255.255.255") || !strcmp(name, "<broadcast>")) {
        if (family != AF_INET && family != AF_UNSPEC) return gp_raise_i(t, &gp_OSError, "address family mismatched");
        struct sockaddr_in *sin = (struct sockaddr_in *)out;
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = INADDR_BROADCAST;
        return 0;
    }
    if (family == AF_INET || family == AF_UNSPEC) {
        struct sockaddr_in *sin = (struct sockaddr_in *)out;
        if (inet_pton(AF_INET, name, &sin->sin_addr) > 0) {
            sin->sin_family = AF_INET;
            return 0;
        }
    }
    /* A scope ("fe80::1%eth0") needs getaddrinfo to name the interface. */
    if ((family == AF_INET6 || family == AF_UNSPEC) && !strchr(name, '%')) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)out;
        if (inet_pton(AF_INET6, name, &sin6->sin6_addr) > 0) {
            sin6->sin6_family = AF_INET6;
            return 0;
        }
    }
    if (lookup(t, name, NULL, &hints, &res) < 0) return -1;
    memcpy(out, res->ai_addr, res->ai_addrlen < sizeof *out ? res->ai_addrlen : sizeof *out);
    freeaddrinfo(res);
    if (out->sa.sa_family != AF_INET && out->sa.sa_family != AF_INET6)
        return gp_raise_i(t, &gp_OSError, "unknown address family");
    return 0;
}

/* A host as CPython's idna_converter takes it: str (ASCII, else UTF-8),
 * bytes or bytearray, without NUL. *keep owns the characters. */
static const char *host_arg(GpThread *t, Value v, Value *keep) {
    const char *p;
    size_t n;
    if (gp_is_str(v)) {
        p = gp_str_data(v);
        n = gp_str_nbytes(v);
    } else if (gp_is_bytes(v) || gp_is_bytearray(v)) {
        /* A copy: a bytearray's data may move. */
        const uint8_t *d = gp_bytes_like(t, v, &n, "host");
        v = gp_bytes_new(t, d, n);
        if (!v) return NULL;
        p = (const char *)gp_bytes_obj(v)->data;
    } else {
        return gp_raise(t, &gp_TypeError, "str, bytes or bytearray expected, not %T", v), NULL;
    }
    *keep = v;
    if (strlen(p) != n) return gp_raise(t, &gp_TypeError, "host name must not contain null character"), NULL;
    return p;
}

/* A port as the "i" format takes it, then checked to be 0..65535. */
static int port_arg(GpThread *t, Value v, int *port, const char *caller) {
    if (sock_int_arg(t, v, port) < 0) {
        if (gp_exc_matches(t, &gp_OverflowError)) {
            gp_exc_clear(t);
            return gp_raise_i(t, &gp_OverflowError, "%s(): port must be 0-65535.", caller);
        }
        return -1;
    }
    return 0;
}

static int parse_unix(GpThread *t, GpSocket *s, Value addr, SockAddr *out, socklen_t *len) {
    struct sockaddr_un *un = (struct sockaddr_un *)out;
    if (gp_is_str(addr) && !(addr = gp_str_encode(t, addr, "utf-8", "surrogateescape"))) return -1;
    size_t n;
    const uint8_t *p = gp_bytes_like(t, addr, &n, "path");
    if (!p) return -1;
    if (n > 0 && p[0] == 0 ? n > sizeof un->sun_path : n >= sizeof un->sun_path)
        return gp_raise_i(t, &gp_OSError, "AF_UNIX path too long");
    memset(out, 0, sizeof *out);
    un->sun_family = (sa_family_t)s->family;
    memcpy(un->sun_path, p, n);
    /* Without the NUL: an empty path then asks the kernel to pick an
     * abstract name (autobind), as in CPython. */
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
    return 0;
}

static int parse_inet(GpThread *t, GpSocket *s, Value addr, SockAddr *out, socklen_t *len, const char *caller) {
    int six = s->family == AF_INET6;
    const char *fam = six ? "AF_INET6" : "AF_INET";
    if (!gp_is_tuple(addr))
        return gp_raise_i(t, &gp_TypeError, "%s(): %s address must be tuple, not %T", caller, fam, addr);
    size_t n = gp_tuple_len(addr);
    const Value *items = gp_tuple_items(addr);
    if (six ? n < 2 || n > 4 : n != 2)
        return gp_raise_i(t, &gp_TypeError, six ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                                                : "AF_INET address must be a pair (host, port)");
    Value keep;
    const char *host = host_arg(t, items[0], &keep);
    int port;
    uint32_t flowinfo = 0, scope = 0;
    if (!host || port_arg(t, items[1], &port, caller) < 0) return -1;
    for (size_t i = 2; i < n; i++) {
        Value iv = gp_index(t, items[i]);
        int64_t x;
        if (!iv) return -1;
        /* The "I" format: no overflow check, the low bits are kept. */
        if (!gp_int_to_i64(iv, &x)) x = -1;
        *(i == 2 ? &flowinfo : &scope) = (uint32_t)x;
    }
    if (sock_resolve_host(t, host, s->family, out) < 0) return -1;
    if (port < 0 || port > 0xffff) return gp_raise_i(t, &gp_OverflowError, "%s(): port must be 0-65535.", caller);
    if (six) {
        if (flowinfo > 0xfffff) return gp_raise_i(t, &gp_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)out;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons((uint16_t)port);
        sin6->sin6_flowinfo = htonl(flowinfo);
        sin6->sin6_scope_id = scope;
        *len = sizeof *sin6;
    } else {
        struct sockaddr_in *sin = (struct sockaddr_in *)out;
        sin->sin_family = AF_INET;
        sin->sin_port = htons((uint16_t)port);
        *len = sizeof *sin;
    }
    return 0;
}

int sock_parse_addr(GpThread *t, GpSocket *s, Value addr, SockAddr *out, socklen_t *len, const char *caller) {
    switch (s->family) {
    case AF_UNIX: return parse_unix(t, s, addr, out, len);
    case AF_INET:
    case AF_INET6: return parse_inet(t, s, addr, out, len, caller);
    default: return gp_raise_i(t, &gp_OSError, "%s(): bad family", caller);
    }
}

/* The numeric host of an IPv4/IPv6 address (with "%scope" where the
 * address needs one, as getnameinfo writes it). */
static Value numeric_host(GpThread *t, const struct sockaddr *sa, socklen_t len) {
    char host[NI_MAXHOST];
    int r = getnameinfo(sa, len, host, sizeof host, NULL, 0, NI_NUMERICHOST);
    if (r) return sock_gai_error(t, r);
    return gp_str_from_cstr(t, host);
}

Value sock_make_addr(GpThread *t, const struct sockaddr *sa, socklen_t len) {
    if (len == 0) return V_NONE;
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
        Value host = numeric_host(t, sa, sizeof *sin);
        return host ? gp_tuple_pack(t, 2, host, v_from_small(ntohs(sin->sin_port))) : VNULL;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
        Value host = numeric_host(t, sa, sizeof *sin6);
        Value flow = gp_int_from_u64(t, ntohl(sin6->sin6_flowinfo));
        Value scope = gp_int_from_u64(t, sin6->sin6_scope_id);
        return host ? gp_tuple_pack(t, 4, host, v_from_small(ntohs(sin6->sin6_port)), flow, scope) : VNULL;
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
        if (n > sizeof un->sun_path) n = sizeof un->sun_path;
        if (n > 0 && un->sun_path[0] == 0) return gp_bytes_new(t, un->sun_path, n);
        return gp_str_decode_utf8(t, un->sun_path, strnlen(un->sun_path, n), "surrogateescape");
    }
    default: {
        Value data = gp_bytes_new(t, sa->sa_data, sizeof sa->sa_data);
        return data ? gp_tuple_pack(t, 2, v_from_small(sa->sa_family), data) : VNULL;
    }
    }
}
