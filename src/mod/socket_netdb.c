/* socket_netdb.c - _socket's name service (gethostname, gethostbyname,
 * gethostbyname_ex, gethostbyaddr, getaddrinfo, getnameinfo) and address
 * and byte order conversions (inet_aton/ntoa/pton/ntop, hton*, ntoh*).
 *
 * Lookups may wait on the network: they run with the GIL released, on
 * private copies of their arguments, through the reentrant resolver
 * functions (getaddrinfo, gethostbyname_r), so threads may resolve
 * names concurrently.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/int.h"
#include "../obj/list.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../vm/blocking.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "socket_impl.h"

/* A str argument as a C string ("f() argument 1 must be str, not T"). */
static const char *str_arg(GpThread *t, Value v, const char *fname, int pos) {
    if (!gp_is_str(v)) return gp_raise(t, &gp_TypeError, "%s() argument %d must be str, not %T", fname, pos, v), NULL;
    const char *s = gp_str_data(v);
    if (strlen(s) != gp_str_nbytes(v)) return gp_raise(t, &gp_ValueError, "embedded null character"), NULL;
    return s;
}

/* A host name for gethostbyname & co: str, bytes or bytearray. */
static char *host_copy(GpThread *t, Value v, const char *fname) {
    const char *p;
    size_t n;
    if (gp_is_str(v)) {
        p = gp_str_data(v);
        n = gp_str_nbytes(v);
    } else if (gp_is_bytes(v) || gp_is_bytearray(v)) {
        p = (const char *)gp_bytes_like(t, v, &n, fname);
    } else {
        return gp_raise(t, &gp_TypeError, "%s() argument 1 must be str, bytes or bytearray, not %T", fname, v), NULL;
    }
    if (strnlen(p, n) != n) return gp_raise(t, &gp_TypeError, "host name must not contain null character"), NULL;
    char *c = strndup(p, n);
    if (!c) gp_raise_memory(t);
    return c;
}

static Value m_gethostname(ARGS) {
    (void)self, (void)args;
    if (gp_check_nargs(t, "_socket.gethostname", nargs, 0, 0) < 0 || gp_check_no_kw(t, "_socket.gethostname", kw) < 0)
        return VNULL;
    char buf[1025];
    if (gethostname(buf, sizeof buf - 1) < 0) return gp_raise_errno(t, errno, VNULL);
    buf[sizeof buf - 1] = 0;
    return gp_str_decode_utf8(t, buf, strlen(buf), "surrogateescape");
}

/* The dotted numeric host of an address. */
static Value addr_host(GpThread *t, const SockAddr *a) {
    Value addr = sock_make_addr(t, &a->sa, sizeof *a);
    return addr ? gp_tuple_items(addr)[0] : VNULL;
}

static Value m_gethostbyname(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "gethostbyname", kw) < 0 || sock_check_args(t, "gethostbyname", nargs, 1, 1) < 0)
        return VNULL;
    char *name = host_copy(t, args[0], "gethostbyname");
    if (!name) return VNULL;
    SockAddr a;
    int r = sock_resolve_host(t, name, AF_INET, &a);
    free(name);
    return r < 0 ? VNULL : addr_host(t, &a);
}

static Value raise_herror(GpThread *t, int code) {
    Value msg = gp_str_from_cstr(t, hstrerror(code));
    Value args = msg ? gp_tuple_pack(t, 2, v_from_small(code), msg) : VNULL;
    Value e = args ? gp_exc_new(t, &gp_socket_herror, args) : VNULL;
    if (e) gp_exc_restore(t, e);
    return VNULL;
}

/* (name, aliases, addresses) of a struct hostent. */
static Value hostent_tuple(GpThread *t, const struct hostent *h) {
    Value aliases = gp_list_new(t, 0), addrs = gp_list_new(t, 0);
    if (!aliases || !addrs) return VNULL;
    for (char **p = h->h_aliases; p && *p; p++) {
        Value s = gp_str_from_cstr(t, *p);
        if (!s || gp_list_append(t, aliases, s) < 0) return VNULL;
    }
    for (char **p = h->h_addr_list; p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        if (!inet_ntop(h->h_addrtype, *p, buf, sizeof buf)) continue;
        Value s = gp_str_from_cstr(t, buf);
        if (!s || gp_list_append(t, addrs, s) < 0) return VNULL;
    }
    Value name = gp_str_from_cstr(t, h->h_name);
    return name ? gp_tuple_pack(t, 3, name, aliases, addrs) : VNULL;
}

/* gethostbyname_ex(name) and gethostbyaddr(ip): the resolver's record,
 * fetched with the GIL released into a private buffer. */
static Value host_record(GpThread *t, Value arg, int by_addr) {
    const char *fname = by_addr ? "gethostbyaddr" : "gethostbyname_ex";
    char *name = host_copy(t, arg, fname);
    if (!name) return VNULL;
    SockAddr a;
    if (sock_resolve_host(t, name, by_addr ? AF_UNSPEC : AF_INET, &a) < 0) {
        free(name);
        return VNULL;
    }
    struct hostent h, *res = NULL;
    size_t cap = 16384;
    char *buf = malloc(cap);
    int herr = 0, r;
    if (!buf) {
        free(name);
        return gp_raise_memory(t);
    }
    gp_blocking_begin(t);
    if (by_addr) {
        const void *ip = a.sa.sa_family == AF_INET6 ? (const void *)&((struct sockaddr_in6 *)&a)->sin6_addr
                                                    : (const void *)&((struct sockaddr_in *)&a)->sin_addr;
        socklen_t iplen = a.sa.sa_family == AF_INET6 ? 16 : 4;
        r = gethostbyaddr_r(ip, iplen, a.sa.sa_family, &h, buf, cap, &res, &herr);
    } else {
        r = gethostbyname_r(name, &h, buf, cap, &res, &herr);
    }
    gp_blocking_end(t);
    free(name);
    Value out = r == 0 && res ? hostent_tuple(t, res) : r ? gp_raise_errno(t, r, VNULL) : raise_herror(t, herr);
    free(buf);
    return out;
}

static Value m_gethostbyname_ex(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "gethostbyname_ex", kw) < 0 || sock_check_args(t, "gethostbyname_ex", nargs, 1, 1) < 0)
        return VNULL;
    return host_record(t, args[0], 0);
}

static Value m_gethostbyaddr(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "gethostbyaddr", kw) < 0 || sock_check_args(t, "gethostbyaddr", nargs, 1, 1) < 0)
        return VNULL;
    return host_record(t, args[0], 1);
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) -> a list
 * of (family, type, proto, canonname, sockaddr) with plain ints
 * (socket.py makes the enums). */
static Value m_getaddrinfo(ARGS) {
    (void)self;
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags"};
    static const GpArgSpec spec = {"getaddrinfo", names, 6, 6, 0, 2};
    Value a[6];
    int ints[4] = {0, 0, 0, 0};
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    for (int i = 0; i < 4; i++)
        if (a[2 + i] && sock_int_arg(t, a[2 + i], &ints[i]) < 0) return VNULL;
    char port[64], *service = NULL, *host = NULL;
    Value pv = a[1];
    if (v_type(pv) == &gp_int_type && !(pv = gp_str(t, pv))) return VNULL;
    if (gp_is_str(pv) || gp_is_bytes(pv)) {
        const char *s = gp_is_str(pv) ? gp_str_data(pv) : (const char *)gp_bytes_obj(pv)->data;
        size_t n = gp_is_str(pv) ? gp_str_nbytes(pv) : gp_bytes_obj(pv)->n;
        if (n >= sizeof port) return sock_gai_error(t, EAI_SERVICE);
        memcpy(port, s, n);
        port[n] = 0;
    } else if (a[1] != V_NONE) {
        return gp_raise(t, &gp_OSError, "Int or String expected");
    }
    if (a[1] != V_NONE) service = port;
    if (a[0] != V_NONE) {
        if (!gp_is_str(a[0]) && !gp_is_bytes(a[0]))
            return gp_raise(t, &gp_TypeError, "getaddrinfo() argument 1 must be string or None");
        if (!(host = host_copy(t, a[0], "getaddrinfo"))) return VNULL;
    }
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = ints[0];
    hints.ai_socktype = ints[1];
    hints.ai_protocol = ints[2];
    hints.ai_flags = ints[3];
    gp_blocking_begin(t);
    int r = getaddrinfo(host, service, &hints, &res);
    int e = errno;
    gp_blocking_end(t);
    free(host);
    if (r) {
        errno = e;
        return sock_gai_error(t, r);
    }
    Value list = gp_list_new(t, 0);
    for (struct addrinfo *ai = res; list && ai; ai = ai->ai_next) {
        Value addr = sock_make_addr(t, ai->ai_addr, ai->ai_addrlen);
        Value canon = addr ? gp_str_from_cstr(t, ai->ai_canonname ? ai->ai_canonname : "") : VNULL;
        Value item = canon ? gp_tuple_pack(t, 5, v_from_small(ai->ai_family), v_from_small(ai->ai_socktype),
                                           v_from_small(ai->ai_protocol), canon, addr)
                           : VNULL;
        if (!item || gp_list_append(t, list, item) < 0) list = VNULL;
    }
    freeaddrinfo(res);
    return list;
}

/* getnameinfo(sockaddr, flags) -> (host, port) */
static Value m_getnameinfo(ARGS) {
    (void)self;
    int flags;
    if (gp_check_no_kw(t, "getnameinfo", kw) < 0 || sock_check_args(t, "getnameinfo", nargs, 2, 2) < 0) return VNULL;
    Value sa = args[0];
    if (!gp_is_tuple(sa)) return gp_raise(t, &gp_TypeError, "getnameinfo() argument 1 must be a tuple");
    size_t n = gp_tuple_len(sa);
    if (n < 2 || n > 4 || !gp_is_str(gp_tuple_items(sa)[0]))
        return gp_raise(t, &gp_TypeError, "getnameinfo(): illegal sockaddr argument");
    if (sock_int_arg(t, args[1], &flags) < 0) return VNULL;
    GpSocket fake = {.family = n > 2 ? AF_INET6 : AF_UNSPEC};
    /* The host must be numeric or resolve to exactly one address. */
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = fake.family;
    hints.ai_socktype = SOCK_DGRAM;
    hints.ai_flags = AI_NUMERICHOST;
    int port;
    if (sock_int_arg(t, gp_tuple_items(sa)[1], &port) < 0) return VNULL;
    char pbuf[16];
    snprintf(pbuf, sizeof pbuf, "%d", port);
    gp_blocking_begin(t);
    int r = getaddrinfo(gp_str_data(gp_tuple_items(sa)[0]), pbuf, &hints, &res);
    gp_blocking_end(t);
    if (r) return sock_gai_error(t, r);
    if (res->ai_next) {
        freeaddrinfo(res);
        return gp_raise(t, &gp_OSError, "sockaddr resolved to multiple addresses");
    }
    SockAddr addr;
    memset(&addr, 0, sizeof addr);
    memcpy(&addr, res->ai_addr, res->ai_addrlen);
    socklen_t alen = res->ai_addrlen;
    freeaddrinfo(res);
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    gp_blocking_begin(t);
    r = getnameinfo(&addr.sa, alen, host, sizeof host, serv, sizeof serv, flags);
    gp_blocking_end(t);
    if (r) return sock_gai_error(t, r);
    Value h = gp_str_from_cstr(t, host), s = h ? gp_str_from_cstr(t, serv) : VNULL;
    return s ? gp_tuple_pack(t, 2, h, s) : VNULL;
}

/* ---- address conversions */

static Value m_inet_aton(ARGS) {
    (void)self;
    if (gp_check_no_kw(t, "inet_aton", kw) < 0 || sock_check_args(t, "inet_aton", nargs, 1, 1) < 0) return VNULL;
    const char *s = str_arg(t, args[0], "inet_aton", 1);
    if (!s) return VNULL;
    struct in_addr a;
    if (!inet_aton(s, &a)) return gp_raise(t, &gp_OSError, "illegal IP address string passed to inet_aton");
    return gp_bytes_new(t, &a, 4);
}

static Value m_inet_ntoa(ARGS) {
    (void)self;
    size_t n;
    if (gp_check_no_kw(t, "inet_ntoa", kw) < 0 || sock_check_args(t, "inet_ntoa", nargs, 1, 1) < 0) return VNULL;
    const uint8_t *p = gp_bytes_like(t, args[0], &n, "inet_ntoa");
    if (!p) return VNULL;
    if (n != 4) return gp_raise(t, &gp_OSError, "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, p, buf, sizeof buf);
    return gp_str_from_cstr(t, buf);
}

static Value m_inet_pton(ARGS) {
    (void)self;
    int af;
    if (gp_check_no_kw(t, "inet_pton", kw) < 0 || sock_check_args(t, "inet_pton", nargs, 2, 2) < 0 ||
        sock_int_arg(t, args[0], &af) < 0)
        return VNULL;
    const char *s = str_arg(t, args[1], "inet_pton", 2);
    if (!s) return VNULL;
    unsigned char buf[16];
    int r = inet_pton(af, s, buf);
    if (r < 0) return gp_raise_errno(t, errno, VNULL);
    if (r == 0) return gp_raise(t, &gp_OSError, "illegal IP address string passed to inet_pton");
    return gp_bytes_new(t, buf, af == AF_INET ? 4 : 16);
}

static Value m_inet_ntop(ARGS) {
    (void)self;
    int af;
    size_t n;
    if (gp_check_no_kw(t, "inet_ntop", kw) < 0 || sock_check_args(t, "inet_ntop", nargs, 2, 2) < 0 ||
        sock_int_arg(t, args[0], &af) < 0)
        return VNULL;
    const uint8_t *p = gp_bytes_like(t, args[1], &n, "inet_ntop");
    if (!p) return VNULL;
    if (af != AF_INET && af != AF_INET6) return gp_raise(t, &gp_ValueError, "unknown address family %d", af);
    if (n != (af == AF_INET ? 4u : 16u)) return gp_raise(t, &gp_ValueError, "invalid length of packed IP address string");
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(af, p, buf, sizeof buf)) return gp_raise_errno(t, errno, VNULL);
    return gp_str_from_cstr(t, buf);
}

/* ---- byte order */

static Value swap16(GpThread *t, const Value *args, size_t nargs, Value kw, const char *fname) {
    if (gp_check_no_kw(t, fname, kw) < 0 || sock_check_args(t, fname, nargs, 1, 1) < 0) return VNULL;
    Value i = gp_index(t, args[0]);
    if (!i) return VNULL;
    if (gp_int_sign(i) < 0)
        return gp_raise(t, &gp_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer", fname);
    int64_t x;
    if (!gp_int_to_i64(i, &x) || x > 0xffff)
        return gp_raise(t, &gp_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
    return v_from_small(htons((uint16_t)x));
}

static Value swap32(GpThread *t, const Value *args, size_t nargs, Value kw, const char *fname) {
    if (gp_check_no_kw(t, fname, kw) < 0 || gp_check_nargs(t, fname, nargs, 1, 1) < 0) return VNULL;
    if (!gp_is_int(args[0])) return gp_raise(t, &gp_TypeError, "expected int, %T found", args[0]);
    if (gp_int_sign(args[0]) < 0) return gp_raise(t, &gp_OverflowError, "can't convert negative value to unsigned int");
    int64_t x;
    if (!gp_int_to_i64(args[0], &x))
        return gp_raise(t, &gp_OverflowError, "Python int too large to convert to C unsigned long");
    if (x > 0xffffffffLL) return gp_raise(t, &gp_OverflowError, "int larger than 32 bits");
    return gp_int_from_u64(t, htonl((uint32_t)x));
}

static Value m_htons(ARGS) {
    (void)self;
    return swap16(t, args, nargs, kw, "htons");
}
static Value m_ntohs(ARGS) {
    (void)self;
    return swap16(t, args, nargs, kw, "ntohs");
}
static Value m_htonl(ARGS) {
    (void)self;
    return swap32(t, args, nargs, kw, "_socket.htonl");
}
static Value m_ntohl(ARGS) {
    (void)self;
    return swap32(t, args, nargs, kw, "_socket.ntohl");
}

const GpMethodDef sock_netdb_methods[] = {
    {"gethostname", m_gethostname, 0},
    {"gethostbyname", m_gethostbyname, 0},
    {"gethostbyname_ex", m_gethostbyname_ex, 0},
    {"gethostbyaddr", m_gethostbyaddr, 0},
    {"getaddrinfo", m_getaddrinfo, 0},
    {"getnameinfo", m_getnameinfo, 0},
    {"inet_aton", m_inet_aton, 0},
    {"inet_ntoa", m_inet_ntoa, 0},
    {"inet_pton", m_inet_pton, 0},
    {"inet_ntop", m_inet_ntop, 0},
    {"htons", m_htons, 0},
    {"ntohs", m_ntohs, 0},
    {"htonl", m_htonl, 0},
    {"ntohl", m_ntohl, 0},
    {NULL, NULL, 0},
};
