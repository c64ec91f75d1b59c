# random after str, bytes and bytearray seeds: version 2 hashes the text
# with SHA-512 and seeds with text+digest as one int; version 1 is the old
# string hash.
import random

for seed in ['', 'a', 'hello', 'hello world', 'ünïcödé ✓', 'x' * 200,
             b'', b'hello', b'\x00\xff' * 40, bytearray(b'hello')]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.randint(1, 10**6))

# str, the same text as UTF-8 bytes, and bytearray seed alike.
random.seed('café')
s = random.random()
random.seed('café'.encode())
b = random.random()
random.seed(bytearray('café'.encode()))
print(s == b, b == random.random())

# version=1 uses the old hash of str and bytes.
for seed in ['', 'a', 'hello', b'hello', 'ünï']:
    random.seed(seed, version=1)
    print('v1', repr(seed), random.random())

# version=1 ignores ints (they seed as usual); version=2 str differs.
random.seed(5, version=1)
a = random.random()
random.seed(5)
print(a == random.random())
random.seed('hello', version=1)
v1 = random.random()
random.seed('hello', version=2)
print(v1 == random.random())

r = random.Random('instance')
print(r.random(), r.choice('abcdefgh'), r.getrandbits(20))
