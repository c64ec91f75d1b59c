/* sha512.h - SHA-512 (FIPS 180-4), streaming.
 *
 * Plain C with no interpreter dependencies: the hash behind random's
 * version-2 str/bytes seeds and the _sha2 module. A context is a value
 * type; copying it forks the computation (hashlib's copy()).
 */
#ifndef GP_SHA512_H
#define GP_SHA512_H

#include <stddef.h>
#include <stdint.h>

#define GP_SHA512_DIGEST 64
#define GP_SHA512_BLOCK 128

typedef struct GpSha512 {
    uint64_t h[8];
    uint64_t nbytes;             /* total bytes fed (messages < 2**64 bytes) */
    uint8_t buf[GP_SHA512_BLOCK]; /* a partial block */
    size_t buflen;
} GpSha512;

void gp_sha512_init(GpSha512 *c);
void gp_sha512_update(GpSha512 *c, const void *data, size_t n);
/* The digest of everything fed so far; c itself is left unchanged. */
void gp_sha512_digest(const GpSha512 *c, uint8_t out[GP_SHA512_DIGEST]);

#endif
