/* bignum_radix.c - powers of a base shared by text parsing and formatting. */
#include "bignum_impl.h"

unsigned bni_radix_chunk(int base, uint32_t *power)
{
    uint64_t p = (uint64_t)base;
    unsigned k = 1;
    while (p * (uint64_t)base <= UINT32_MAX) {
        p *= (uint64_t)base;
        k++;
    }
    *power = (uint32_t)p;
    return k;
}

void bni_radix_init(RadixPowers *rp, int base)
{
    rp->base = base;
    rp->k = bni_radix_chunk(base, &rp->chunk_power);
    rp->count = 0;
}

BnStatus bni_radix_power(RadixPowers *rp, size_t i)
{
    while (rp->count <= i) {
        BnStatus st;
        Bn *next = &rp->powers[rp->count];
        if (rp->count == 0)
            st = bn_from_uint64(next, rp->chunk_power);
        else
            st = bn_mul(next, next - 1, next - 1);
        if (st != BN_OK)
            return st;
        rp->count++;
    }
    return BN_OK;
}

void bni_radix_free(RadixPowers *rp)
{
    for (size_t i = 0; i < rp->count; i++)
        bn_free(&rp->powers[i]);
    rp->count = 0;
}
