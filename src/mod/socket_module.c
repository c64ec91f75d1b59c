/* socket_module.c - the _socket module: its constants, exceptions, the
 * default timeout, socketpair/dup/close, and the argument helpers shared
 * by socket_*.c. Name service and address conversions are in
 * socket_netdb.c.
 *
 * The default timeout (setdefaulttimeout) is interpreter state: it lives
 * in interp->module_cache, not in a C global, as nanoseconds (absent:
 * None).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../obj/abstract.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/float.h"
#include "../obj/func.h"
#include "../obj/int.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "../vm/state.h"
#include "socket_impl.h"

/* ---- argument helpers */

int sock_int_arg(GpThread *t, Value v, int *out) {
    Value i = gp_index(t, v);
    if (!i) return -1;
    int64_t x;
    if (!gp_int_to_i64(i, &x)) return gp_raise_i(t, &gp_OverflowError, "Python int too large to convert to C long");
    if (x > INT32_MAX) return gp_raise_i(t, &gp_OverflowError, "signed integer is greater than maximum");
    if (x < INT32_MIN) return gp_raise_i(t, &gp_OverflowError, "signed integer is less than minimum");
    *out = (int)x;
    return 0;
}

int sock_check_args(GpThread *t, const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    size_t want = nargs < min ? min : max;
    return gp_raise_i(t, &gp_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                      min == max ? "exactly" : nargs < min ? "at least" : "at most", want, want == 1 ? "" : "s", nargs);
}

/* ---- timeouts */

#define NS_PER_SEC INT64_C(1000000000)

/* Seconds (int or float) as ns, rounded away from zero as CPython rounds
 * timeouts; None is -1. */
int sock_timeout_arg(GpThread *t, Value v, int64_t *out) {
    if (v == V_NONE) {
        *out = -1;
        return 0;
    }
    int64_t ns;
    if (gp_is_float(v)) {
        double d = gp_float_value(v);
        if (isnan(d)) return gp_raise_i(t, &gp_ValueError, "Invalid value NaN (not a number)");
        d = d >= 0 ? ceil(d * 1e9) : floor(d * 1e9);
        if (!(d >= -9.2e18 && d <= 9.2e18))
            return gp_raise_i(t, &gp_OverflowError, "timestamp out of range for platform time_t");
        ns = (int64_t)d;
    } else {
        Value i = gp_index(t, v);
        if (!i) return -1;
        int64_t s;
        if (!gp_int_to_i64(i, &s) || s > INT64_MAX / NS_PER_SEC || s < INT64_MIN / NS_PER_SEC)
            return gp_raise_i(t, &gp_OverflowError, "timestamp too large to convert to C _PyTime_t");
        ns = s * NS_PER_SEC;
    }
    if (ns < 0) return gp_raise_i(t, &gp_ValueError, "Timeout value out of range");
    *out = ns;
    return 0;
}

Value sock_timeout_value(int64_t ns) {
    if (ns < 0) return V_NONE;
    if (ns % NS_PER_SEC == 0) return v_from_float((double)(ns / NS_PER_SEC));
    return v_from_float((double)ns / 1e9);
}

#define DEFAULT_TIMEOUT_KEY "_socket.defaulttimeout"

int64_t sock_default_timeout(GpThread *t) {
    Value v = gp_dict_get_cstr(t->interp->module_cache, DEFAULT_TIMEOUT_KEY);
    int64_t ns;
    return v && gp_int_to_i64(v, &ns) ? ns : -1;
}

static Value m_getdefaulttimeout(ARGS) {
    (void)self, (void)args;
    if (gp_check_nargs(t, "_socket.getdefaulttimeout", nargs, 0, 0) < 0 ||
        gp_check_no_kw(t, "_socket.getdefaulttimeout", kw) < 0)
        return VNULL;
    return sock_timeout_value(sock_default_timeout(t));
}

static Value m_setdefaulttimeout(ARGS) {
    (void)self;
    int64_t ns;
    if (gp_check_nargs(t, "_socket.setdefaulttimeout", nargs, 1, 1) < 0 ||
        gp_check_no_kw(t, "_socket.setdefaulttimeout", kw) < 0 || sock_timeout_arg(t, args[0], &ns) < 0)
        return VNULL;
    Value v = gp_int_from_i64(t, ns);
    if (!v || gp_dict_set_cstr(t, t->interp->module_cache, DEFAULT_TIMEOUT_KEY, v) < 0) return VNULL;
    return V_NONE;
}

/* ---- descriptors */

static Value new_socket(GpThread *t, int fd, int family, int type, int proto) {
    Value args[4] = {v_from_small(family), v_from_small(type), v_from_small(proto), v_from_small(fd)};
    return gp_call(t, v_from_obj(&gp_socket_type), args, 4, VNULL);
}

/* socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0): two connected
 * _socket.socket objects (socket.py rewraps them). */
static Value m_socketpair(ARGS) {
    (void)self;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0, sv[2];
    if (gp_check_no_kw(t, "socketpair", kw) < 0 || sock_check_args(t, "socketpair", nargs, 0, 3) < 0 ||
        (nargs > 0 && sock_int_arg(t, args[0], &family) < 0) || (nargs > 1 && sock_int_arg(t, args[1], &type) < 0) ||
        (nargs > 2 && sock_int_arg(t, args[2], &proto) < 0))
        return VNULL;
    if (socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) return gp_raise_errno(t, errno, VNULL);
    Value a = new_socket(t, sv[0], family, type, proto);
    if (!a) {
        close(sv[0]);
        close(sv[1]);
        return VNULL;
    }
    Value b = new_socket(t, sv[1], family, type, proto);
    if (!b) {
        close(sv[1]);
        return VNULL;
    }
    return gp_tuple_pack(t, 2, a, b);
}

static Value m_dup(ARGS) {
    (void)self;
    int fd;
    if (gp_check_nargs(t, "dup", nargs, 1, 1) < 0 || gp_check_no_kw(t, "_socket.dup", kw) < 0 ||
        sock_int_arg(t, args[0], &fd) < 0)
        return VNULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0) return gp_raise_errno(t, errno, VNULL);
    return v_from_small(nfd);
}

static Value m_close(ARGS) {
    (void)self;
    int fd;
    if (gp_check_nargs(t, "close", nargs, 1, 1) < 0 || gp_check_no_kw(t, "_socket.close", kw) < 0 ||
        sock_int_arg(t, args[0], &fd) < 0)
        return VNULL;
    if (close(fd) < 0 && errno != ECONNRESET) return gp_raise_errno(t, errno, VNULL);
    return V_NONE;
}

/* ---- the module */

GpType gp_socket_gaierror = {
    .hdr = {&gp_type_type},
    .name = "socket.gaierror",
    .base = &gp_OSError,
    .flags = GP_TF_BASETYPE | GP_TF_EXC_SUB,
};
GP_REGISTER_TYPE(gp_socket_gaierror);

GpType gp_socket_herror = {
    .hdr = {&gp_type_type},
    .name = "socket.herror",
    .base = &gp_OSError,
    .flags = GP_TF_BASETYPE | GP_TF_EXC_SUB,
};
GP_REGISTER_TYPE(gp_socket_herror);

#define C(name) {#name, name}
static const struct {
    const char *name;
    int value;
} constants[] = {
    C(AF_UNSPEC), C(AF_INET), C(AF_INET6), C(AF_UNIX), C(AF_NETLINK), C(AF_PACKET),
    C(SOCK_STREAM), C(SOCK_DGRAM), C(SOCK_RAW), C(SOCK_RDM), C(SOCK_SEQPACKET), C(SOCK_NONBLOCK),
    C(SOCK_CLOEXEC),
    C(SOL_SOCKET), C(SOL_IP), C(SOL_TCP), {"SOL_UDP", IPPROTO_UDP}, C(SOMAXCONN),
    C(SO_DEBUG), C(SO_ACCEPTCONN), C(SO_REUSEADDR), C(SO_REUSEPORT), C(SO_KEEPALIVE), C(SO_DONTROUTE),
    C(SO_BROADCAST), C(SO_LINGER), C(SO_OOBINLINE), C(SO_SNDBUF), C(SO_RCVBUF), C(SO_SNDLOWAT),
    C(SO_RCVLOWAT), C(SO_SNDTIMEO), C(SO_RCVTIMEO), C(SO_ERROR), C(SO_TYPE), C(SO_DOMAIN), C(SO_PROTOCOL),
    C(SO_PASSCRED), C(SO_PEERCRED), C(SO_PRIORITY), C(SO_MARK), C(SO_BINDTODEVICE),
    C(SCM_RIGHTS), C(SCM_CREDENTIALS),
    C(MSG_OOB), C(MSG_PEEK), C(MSG_DONTROUTE), C(MSG_DONTWAIT), C(MSG_EOR), C(MSG_TRUNC), C(MSG_CTRUNC),
    C(MSG_WAITALL), C(MSG_NOSIGNAL), C(MSG_CMSG_CLOEXEC), C(MSG_CONFIRM), C(MSG_ERRQUEUE), C(MSG_MORE),
    C(MSG_FASTOPEN),
    C(IPPROTO_IP), C(IPPROTO_ICMP), C(IPPROTO_TCP), C(IPPROTO_UDP), C(IPPROTO_IPV6), C(IPPROTO_RAW),
    C(IPPROTO_ICMPV6), C(IPPROTO_SCTP),
    C(IP_TOS), C(IP_TTL), C(IP_HDRINCL), C(IP_OPTIONS), C(IP_RECVTOS), C(IP_MULTICAST_IF),
    C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP), C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP),
    C(IPV6_V6ONLY), C(IPV6_UNICAST_HOPS), C(IPV6_MULTICAST_IF), C(IPV6_MULTICAST_HOPS),
    C(IPV6_MULTICAST_LOOP), C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP),
    C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL), C(TCP_KEEPCNT),
    C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP), C(TCP_INFO), C(TCP_QUICKACK),
    C(TCP_FASTOPEN), C(TCP_CONGESTION), C(TCP_USER_TIMEOUT), C(TCP_NOTSENT_LOWAT),
    C(SHUT_RD), C(SHUT_WR), C(SHUT_RDWR),
    C(AI_PASSIVE), C(AI_CANONNAME), C(AI_NUMERICHOST), C(AI_NUMERICSERV), C(AI_V4MAPPED), C(AI_ALL),
    C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST), C(NI_NUMERICSERV), C(NI_NOFQDN), C(NI_NAMEREQD), C(NI_DGRAM), C(NI_MAXHOST),
    C(NI_MAXSERV),
    C(EAI_ADDRFAMILY), C(EAI_AGAIN), C(EAI_BADFLAGS), C(EAI_FAIL), C(EAI_FAMILY), C(EAI_MEMORY),
    C(EAI_NODATA), C(EAI_NONAME), C(EAI_OVERFLOW), C(EAI_SERVICE), C(EAI_SOCKTYPE), C(EAI_SYSTEM),
    {"INADDR_ANY", (int)INADDR_ANY}, {"INADDR_BROADCAST", (int)INADDR_BROADCAST},
    {"INADDR_LOOPBACK", (int)INADDR_LOOPBACK}, {"INADDR_NONE", (int)INADDR_NONE},
};
#undef C

static const GpMethodDef socket_module_methods[] = {
    {"getdefaulttimeout", m_getdefaulttimeout, 0},
    {"setdefaulttimeout", m_setdefaulttimeout, 0},
    {"socketpair", m_socketpair, 0},
    {"dup", m_dup, 0},
    {"close", m_close, 0},
    {NULL, NULL, 0},
};

extern const GpMethodDef sock_netdb_methods[];

static int socket_init(GpThread *t, Value m) {
    for (const GpMethodDef *md = sock_netdb_methods; md->name; md++) {
        Value f = gp_builtin_new(t, md, m, NULL);
        if (!f || gp_module_add(t, m, md->name, f) < 0) return -1;
    }
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        int64_t v = constants[i].value;
        /* The INADDR_* constants are unsigned 32-bit numbers. */
        if (constants[i].name[0] == 'I' && constants[i].name[1] == 'N') v = (uint32_t)constants[i].value;
        if (gp_module_add_int(t, m, constants[i].name, v) < 0) return -1;
    }
    Value sock = v_from_obj(&gp_socket_type);
    if (gp_module_add(t, m, "socket", sock) < 0 || gp_module_add(t, m, "SocketType", sock) < 0 ||
        gp_module_add(t, m, "error", v_from_obj(&gp_OSError)) < 0 ||
        gp_module_add(t, m, "timeout", v_from_obj(&gp_TimeoutError)) < 0 ||
        gp_module_add(t, m, "gaierror", v_from_obj(&gp_socket_gaierror)) < 0 ||
        gp_module_add(t, m, "herror", v_from_obj(&gp_socket_herror)) < 0 ||
        gp_module_add(t, m, "has_ipv6", V_TRUE) < 0)
        return -1;
    return 0;
}

const GpModuleDef gp_socket_module = {
    "_socket",
    socket_module_methods,
    socket_init,
    "Implementation module for socket operations.\n\nSee the socket module for documentation.",
};
GP_REGISTER_MODULE(gp_socket_module);
