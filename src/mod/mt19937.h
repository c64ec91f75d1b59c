/* mt19937.h - the Mersenne Twister MT19937 (Matsumoto and Nishimura,
 * 1998), the generator behind Python's random module.
 *
 * Plain C with no interpreter dependencies. The state is 624 words and an
 * index; seeding follows the reference init_genrand/init_by_array, which
 * is what CPython uses, so equal seeds give CPython's sequences.
 */
#ifndef GP_MT19937_H
#define GP_MT19937_H

#include <stddef.h>
#include <stdint.h>

#define GP_MT_N 624

typedef struct GpMt {
    uint32_t state[GP_MT_N];
    uint32_t index; /* next word to hand out; GP_MT_N: regenerate first */
} GpMt;

void gp_mt_seed_array(GpMt *mt, const uint32_t *key, size_t keylen);
uint32_t gp_mt_next(GpMt *mt);
/* A float in [0, 1) with 53 random bits, from two words (27 + 26 bits). */
double gp_mt_random(GpMt *mt);

#endif
