/* mt19937.c - MT19937: seeding, tempering and the 53-bit float. */
#include "mt19937.h"

#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static void init_genrand(GpMt *mt, uint32_t s) {
    uint32_t *x = mt->state;
    x[0] = s;
    for (uint32_t i = 1; i < GP_MT_N; i++) x[i] = 1812433253U * (x[i - 1] ^ (x[i - 1] >> 30)) + i;
    mt->index = GP_MT_N;
}

/* The reference init_by_array: mixes every key word into the state, then
 * a second pass decorrelates, and the top bit of word 0 is forced on so
 * the state is never all zero. */
void gp_mt_seed_array(GpMt *mt, const uint32_t *key, size_t keylen) {
    uint32_t *x = mt->state;
    init_genrand(mt, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = GP_MT_N > keylen ? GP_MT_N : keylen; k; k--) {
        x[i] = (x[i] ^ ((x[i - 1] ^ (x[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= GP_MT_N) {
            x[0] = x[GP_MT_N - 1];
            i = 1;
        }
        if (j >= keylen) j = 0;
    }
    for (size_t k = GP_MT_N - 1; k; k--) {
        x[i] = (x[i] ^ ((x[i - 1] ^ (x[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= GP_MT_N) {
            x[0] = x[GP_MT_N - 1];
            i = 1;
        }
    }
    x[0] = 0x80000000U;
}

static uint32_t twist(uint32_t a, uint32_t b, uint32_t c) {
    uint32_t y = (a & UPPER_MASK) | (b & LOWER_MASK);
    return c ^ (y >> 1) ^ ((y & 1U) ? MATRIX_A : 0U);
}

uint32_t gp_mt_next(GpMt *mt) {
    uint32_t *x = mt->state;
    if (mt->index >= GP_MT_N) {
        int k = 0;
        for (; k < GP_MT_N - MT_M; k++) x[k] = twist(x[k], x[k + 1], x[k + MT_M]);
        for (; k < GP_MT_N - 1; k++) x[k] = twist(x[k], x[k + 1], x[k + MT_M - GP_MT_N]);
        x[GP_MT_N - 1] = twist(x[GP_MT_N - 1], x[0], x[MT_M - 1]);
        mt->index = 0;
    }
    uint32_t y = x[mt->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

double gp_mt_random(GpMt *mt) {
    uint32_t a = gp_mt_next(mt) >> 5, b = gp_mt_next(mt) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}
