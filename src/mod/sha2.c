/* sha2.c - the _sha2 module: sha512 hash objects, as hashlib hands them
 * out (update, digest, hexdigest, copy, name, digest_size, block_size).
 *
 * The running context (mod/sha512.h) is plain bytes inside the object,
 * so the object holds no Values and needs no trace slot.
 */
#include <string.h>

#include "../mem/heap.h"
#include "../obj/abstract.h"
#include "../obj/bytes.h"
#include "../obj/exc.h"
#include "../obj/module.h"
#include "../obj/str.h"
#include "../obj/tuple.h"
#include "../obj/type.h"
#include "../vm/error.h"
#include "sha512.h"

#define ARGS GpThread *t, Value self, const Value *args, size_t nargs, Value kw

typedef struct Sha512Obj {
    GpObj hdr;
    GpSha512 ctx;
} Sha512Obj;

extern GpType gp_sha512_type;

static Sha512Obj *sha_obj(Value v) { return (Sha512Obj *)v_obj(v); }

/* hashlib's rule: str must be encoded first; anything else bytes-like. */
static int feed(GpThread *t, GpSha512 *c, Value data) {
    if (gp_is_str(data)) return gp_raise_i(t, &gp_TypeError, "Strings must be encoded before hashing");
    size_t n;
    const uint8_t *p = gp_bytes_like(t, data, &n, "sha512");
    if (!p) return -1;
    gp_sha512_update(c, p, n);
    return 0;
}

static Value sha512_new(GpThread *t, Value callable, const Value *args, size_t nargs, Value kw) {
    (void)callable;
    static const char *const names[] = {"string", "usedforsecurity"};
    static const GpArgSpec spec = {"sha512", names, 2, 1, 0, 0};
    Value a[2];
    if (gp_parse_args(t, &spec, args, nargs, kw, a) < 0) return VNULL;
    Sha512Obj *o = gp_alloc(t, &gp_sha512_type, sizeof(Sha512Obj));
    if (!o) return VNULL;
    gp_sha512_init(&o->ctx);
    if (a[0] && feed(t, &o->ctx, a[0]) < 0) return VNULL;
    return v_from_obj(o);
}

static Value m_update(ARGS) {
    if (gp_check_no_kw(t, "update", kw) < 0 || gp_check_nargs(t, "update", nargs, 1, 1) < 0) return VNULL;
    if (feed(t, &sha_obj(self)->ctx, args[0]) < 0) return VNULL;
    return V_NONE;
}

static Value m_digest(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "digest", kw) < 0 || gp_check_nargs(t, "digest", nargs, 0, 0) < 0) return VNULL;
    uint8_t out[GP_SHA512_DIGEST];
    gp_sha512_digest(&sha_obj(self)->ctx, out);
    return gp_bytes_new(t, out, sizeof out);
}

static Value m_hexdigest(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "hexdigest", kw) < 0 || gp_check_nargs(t, "hexdigest", nargs, 0, 0) < 0) return VNULL;
    uint8_t out[GP_SHA512_DIGEST];
    char hex[2 * GP_SHA512_DIGEST];
    gp_sha512_digest(&sha_obj(self)->ctx, out);
    for (size_t i = 0; i < sizeof out; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return gp_str_new(t, hex, sizeof hex);
}

static Value m_copy(ARGS) {
    (void)args;
    if (gp_check_no_kw(t, "copy", kw) < 0 || gp_check_nargs(t, "copy", nargs, 0, 0) < 0) return VNULL;
    Sha512Obj *o = gp_alloc(t, &gp_sha512_type, sizeof(Sha512Obj));
    if (!o) return VNULL;
    o->ctx = sha_obj(self)->ctx;
    return v_from_obj(o);
}

static Value get_name(GpThread *t, Value self) {
    (void)self;
    return gp_str_from_cstr(t, "sha512");
}
static Value get_digest_size(GpThread *t, Value self) {
    (void)t, (void)self;
    return v_from_small(GP_SHA512_DIGEST);
}
static Value get_block_size(GpThread *t, Value self) {
    (void)t, (void)self;
    return v_from_small(GP_SHA512_BLOCK);
}

static const GpMethodDef sha512_methods[] = {
    {"update", m_update, 0},
    {"digest", m_digest, 0},
    {"hexdigest", m_hexdigest, 0},
    {"copy", m_copy, 0},
    {NULL, NULL, 0},
};

static const GpGetSetDef sha512_getsets[] = {
    {"name", get_name, NULL},
    {"digest_size", get_digest_size, NULL},
    {"block_size", get_block_size, NULL},
    {NULL, NULL, NULL},
};

GpType gp_sha512_type = {
    .hdr = {&gp_type_type},
    .name = "_sha2.SHA512Type",
    .base = &gp_object_type,
    .size = sizeof(Sha512Obj),
    .methods = sha512_methods,
    .getsets = sha512_getsets,
};
GP_REGISTER_TYPE(gp_sha512_type);

static Value m_sha512(ARGS) {
    (void)self;
    return sha512_new(t, v_from_obj(&gp_sha512_type), args, nargs, kw);
}

static const GpMethodDef sha2_methods[] = {
    {"sha512", m_sha512, 0},
    {NULL, NULL, 0},
};

static int sha2_init(GpThread *t, Value m) { return gp_module_add(t, m, "SHA512Type", v_from_obj(&gp_sha512_type)); }

const GpModuleDef gp_sha2_module = {"_sha2", sha2_methods, sha2_init, "SHA-2 hash functions (sha512)."};
GP_REGISTER_MODULE(gp_sha2_module);
