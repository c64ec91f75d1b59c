# SystemRandom draws from os.urandom: no state, only ranges can be checked.
import random

sr = random.SystemRandom()
xs = [sr.random() for _ in range(50)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 40)
print(all(0 <= sr.getrandbits(7) < 128 for _ in range(50)), sr.getrandbits(0))
print(all(1 <= sr.randint(1, 6) <= 6 for _ in range(50)))
print(sr.choice('z'), len(sr.randbytes(16)), type(sr.randbytes(3)).__name__)
print(sorted(sr.sample(range(5), 5)), sr.seed('ignored'))
for name in ['getstate', 'setstate']:
    try:
        getattr(sr, name)(None) if name == 'setstate' else sr.getstate()
    except NotImplementedError as e:
        print(name, 'NotImplementedError:', e)
try:
    sr.getrandbits(-1)
except ValueError as e:
    print('ValueError:', e)

# The module functions' generator is a Random, bound methods and all.
print(type(random._inst).__name__, random.random.__self__ is random._inst)
print(sorted(n for n in random.__all__ if not n[0].isupper())[:8])
print(random.BPF, random.RECIP_BPF, round(random.NV_MAGICCONST, 12), round(random.SG_MAGICCONST, 12))

import os
b = os.urandom(32)
print(type(b).__name__, len(b), len(os.urandom(0)))
