# random.seed with non-int seeds: str and bytes (hashed with SHA-512), float, None.
import random

random.seed('a string seed')
print(random.random(), random.randint(1, 100))
random.seed(b'bytes seed')
print(random.random())
random.seed(bytearray(b'bytes seed'))
print(random.random())
random.seed('')
print(random.random())
random.seed(3.5)
a = random.random()
random.seed(3.5)
print(a == random.random())
random.seed(None)
x = random.random()
print(0.0 <= x < 1.0)
random.seed(10)
s10 = random.random()
random.seed(-10)
print(s10 == random.random())
r = random.Random('instance seed')
print(r.random(), r.choice('abcdef'))
try:
    random.seed({'a': 1})
except TypeError as e:
    print('TypeError:', e)
