#!/usr/bin/env python3
"""Generates the test vectors for tests/unit/test_bignum.c.

Run with CPython 3.12 from the repository root:

    python3 tests/unit/gen_bignum_vectors.py

It rewrites tests/unit/bignum_vectors/*.txt. CPython computes every expected
value, so the C tests check the library against Python itself. The output is
deterministic (fixed seeds) and committed, so the tests run without CPython.

Line format: an operation name, its operands, then the expected results,
separated by single spaces. Tokens:

  number    [-]BODY[<<K], BODY = 0 | hex | %SEED:BITS | ^K | ^K-1 | ^K+1
            ^K is 2**K; a <<K suffix multiplies by 2**K. %SEED:BITS is a
            pseudo-random number of exactly BITS bits drawn from
            splitmix64(SEED) (see rand_bits); it keeps huge operands out of
            the files. The C test implements the same generator.
  digest    #BITS:HASH:LOW64 for a large expected number: its bit length,
            Python's hash() of it and the low 64 bits of its magnitude (hex).
  float     f + the 16 hex digits of the IEEE-754 bit pattern.
  error     !name: the library's status (zerodiv, overflow, invalid, base,
            negshift, negexp, modzero, notinv, nan, inf, negative, toobig).
  text in   s + hex of the bytes (parse input), or $SEED:NDIGITS:BASE for a
            pseudo-random digit string (first digit non-zero).
  text out  the literal text, or @FNV:LEN (FNV-1a 64 of the text) if long.
"""

import math
import os
import random
import struct
import sys

sys.set_int_max_str_digits(0)

M64 = (1 << 64) - 1
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bignum_vectors")
DIGEST_BITS = 256    # expected numbers longer than this are digested
TEXT_LITERAL = 200   # expected text longer than this is digested
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


# ---- shared pseudo-random generator (mirrored in test_bignum.c) ----------

def splitmix_stream(seed):
    state = seed & M64
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        yield z ^ (z >> 31)


def rand_bits(seed, bits):
    """64-bit words least significant first, truncated to bits, top bit set."""
    g = splitmix_stream(seed)
    x = 0
    for i in range((bits + 63) // 64):
        x |= next(g) << (64 * i)
    x &= (1 << bits) - 1
    return x | (1 << (bits - 1))


def rand_digits(seed, n, base):
    """n digit characters; each word picks one digit, the first non-zero."""
    g = splitmix_stream(seed)
    out = []
    for i in range(n):
        w = next(g)
        if i == 0:
            out.append(DIGITS[1 + w % (base - 1)])
        else:
            out.append(DIGITS[w % base])
    return "".join(out)


class N:
    """An int together with the token that denotes it in a vector file.
    N(an N) is that N itself, so operands may be given either way."""

    def __new__(cls, value, token=None):
        if isinstance(value, N):
            return value
        return super().__new__(cls)

    def __init__(self, value, token=None):
        if isinstance(value, N):
            return
        self.v = value
        self.t = token if token is not None else hexnum(value)

    def __neg__(self):
        if self.t.startswith("%"):
            return N(-self.v, "-" + self.t)
        if self.t.startswith("-%"):
            return N(-self.v, self.t[1:])
        return N(-self.v)


def shifted(x, k):
    """x << k with the compact <<K token."""
    if x == 0:
        return N(0)
    return N(x << k, hexnum(x) + "<<%d" % k)


def hexnum(x):
    if x == 0:
        return "0"
    return ("-" if x < 0 else "") + format(abs(x), "x")


def big(seed, bits, negative=False):
    v = rand_bits(seed, bits)
    tok = "%%%d:%d" % (seed, bits)
    return N(-v, "-" + tok) if negative else N(v, tok)


def res(x):
    """Expected-number token: literal, or a digest for long values."""
    if x.bit_length() <= DIGEST_BITS:
        return hexnum(x)
    return "#%d:%d:%x" % (x.bit_length(), hash(x), abs(x) & M64)


def fl(x):
    return "f%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def fnv(text):
    h = 0xCBF29CE484222325
    for ch in text.encode():
        h = ((h ^ ch) * 0x100000001B3) & M64
    return h


def text_res(text):
    if len(text) <= TEXT_LITERAL:
        return text
    return "@%x:%d" % (fnv(text), len(text))


def to_base(x, base):
    if base == 10:
        return str(x)
    if base == 16:
        return format(x, "x")
    if base == 8:
        return format(x, "o")
    if base == 2:
        return format(x, "b")
    neg = x < 0
    x = abs(x)
    out = []
    while True:
        x, d = divmod(x, base)
        out.append(DIGITS[d])
        if x == 0:
            break
    return ("-" if neg else "") + "".join(reversed(out))


# ---- operand pools ----------------------------------------------------------

R = random.Random(20240611)
_seed = [1000]


def next_seed():
    _seed[0] += 1
    return _seed[0]


def pow2(k, delta=0, negative=False):
    """2**k + delta (delta in -1, 0, 1) with its compact token."""
    v = (1 << k) + delta
    tok = "^%d%s" % (k, {-1: "-1", 0: "", 1: "+1"}[delta])
    return N(-v, "-" + tok) if negative else N(v, tok)


def edge_values():
    vals = [N(v) for v in (0, 1, 2, 3, 10, 0xFFFFFFFF, 10 ** 9, 10 ** 18, 10 ** 19,
                           10 ** 40, 3 ** 100)]
    for k in (7, 15, 16, 30, 31, 32, 33, 47, 48, 49, 52, 53, 54, 55, 62, 63, 64,
              65, 95, 96, 97, 127, 128, 129, 191, 192, 255, 256, 257, 1000, 1024, 2048):
        vals += [pow2(k, d) for d in (-1, 0, 1)]
    vals += [N(int("ff" * 4 * n, 16)) for n in (2, 3, 5, 8)]
    vals += [N(0x80000000 << (32 * n)) for n in (1, 2, 4)]
    return vals + [-v for v in vals if v.v]


EDGES = edge_values()


def rand_n(maxbits=600, signed=True):
    """A random operand with a size distribution weighted to small lengths;
    long plain random values use the compact %SEED:BITS token."""
    r = R.random()
    if r < 0.05:
        v = R.choice(EDGES)
        return v if signed or v.v >= 0 else -v
    if r < 0.35:
        bits = R.randint(1, min(70, maxbits))
    elif r < 0.75:
        bits = R.randint(min(60, maxbits), min(260, maxbits))
    else:
        bits = R.randint(min(200, maxbits), maxbits)
    negative = signed and R.random() < 0.5
    if R.random() < 0.15:
        # long runs of ones and zeros stress carries and borrows
        bits = min(bits, 320)
        v = ((1 << bits) - 1) ^ (R.getrandbits(bits) & R.getrandbits(bits) & R.getrandbits(bits))
        return N(-v if negative else v)
    if bits > 128:
        return big(next_seed(), bits, negative)
    v = R.getrandbits(bits) | (1 << (bits - 1))
    return N(-v if negative else v)


def rand_int(maxbits=600, signed=True):
    return rand_n(maxbits, signed).v


def structured(ndigits):
    pool = [0, 1, 2, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFF, 0xFFFFFFFE]
    return sum((R.choice(pool) if R.random() < 0.8 else R.getrandbits(32)) << (32 * i)
               for i in range(ndigits))


# ---- files ----------------------------------------------------------------

class File:
    def __init__(self, name):
        self.path = os.path.join(OUT, name)
        self.lines = []

    def add(self, *tokens):
        self.lines.append(" ".join(t if isinstance(t, str) else t.t for t in tokens))

    def write(self):
        with open(self.path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
        return len(self.lines)


def gen_arith():
    f = File("arith.txt")
    pairs = []
    for _ in range(700):
        pairs.append((R.choice(EDGES), R.choice(EDGES)))
    for _ in range(1500):
        pairs.append((rand_n(), rand_n()))
    for a, b in pairs:
        f.add("add", a, b, res(a.v + b.v))
        f.add("sub", a, b, res(a.v - b.v))
        f.add("mul", a, b, res(a.v * b.v))
    # Karatsuba sizes, balanced and lopsided, squares included
    for bits_a, bits_b in [(1300, 1300), (1281, 1279), (2600, 1300), (5000, 1400),
                           (4000, 3000), (20000, 20000), (40000, 700), (100000, 60000),
                           (320000, 320000), (1000000, 1000000), (3000000, 48000)]:
        for neg in (False, True):
            a = big(next_seed(), bits_a, neg)
            b = big(next_seed(), bits_b, R.random() < 0.5)
            f.add("mul", a, b, res(a.v * b.v))
            f.add("mul", a, a, res(a.v * a.v))
            f.add("add", a, b, res(a.v + b.v))
            f.add("sub", a, b, res(a.v - b.v))
            f.add("sub", a, a, res(0))
    # Karatsuba with zero-heavy halves
    for _ in range(10):
        n = R.randint(60, 300)
        a = structured(n) | (1 << (32 * n - 1))
        b = structured(R.randint(40, n)) | 1
        f.add("mul", N(a), N(b), res(a * b))
        f.add("mul", N(a), N(a), res(a * a))
    a = (1 << 4000) - 1
    f.add("mul", N(a), N(a), res(a * a))
    a = 1 << 3000
    f.add("mul", N(a + 1), N(a - 1), res(a * a - 1))
    return f


def gen_div():
    f = File("div.txt")

    def dm(a, b):
        if b.v == 0:
            f.add("divmod", a, b, "!zerodiv")
        else:
            q, m = divmod(a.v, b.v)
            f.add("divmod", a, b, res(q), res(m))

    for _ in range(800):
        dm(R.choice(EDGES), R.choice(EDGES))
    for _ in range(2500):
        a = rand_n(1200)
        b = rand_n(600)
        if R.random() < 0.3:
            b = N(R.choice([1, -1, 2, -2, 3, 7, 10, 0xFFFFFFFF, -0xFFFFFFFF, 1 << 32,
                            -(1 << 32), R.getrandbits(32) | 1, R.getrandbits(16) | 1]))
        if R.random() < 0.1:
            a, b = b, a  # divisor larger than dividend
        if R.random() < 0.1 and b.v != 0 and b.v.bit_length() < 300:
            a = N(b.v * R.randint(-5, 5) + R.choice([0, 1, -1]))  # near-exact
        dm(a, b)
    for a in (0, 1, -1, 5, -(10 ** 30)):
        dm(N(a), N(0))
    dm(pow2(3000, 1), N(0))
    # inputs that make algorithm D's quotient estimate need the add-back step
    found = 0
    while found < 60:
        nb = R.randint(2, 6)
        b = structured(nb)
        if b.bit_length() <= 32 * (nb - 1):
            continue
        a = structured(nb + R.randint(0, 5))
        if knuth_adds_back(a, b):
            found += 1
            for sa in (1, -1):
                for sb in (1, -1):
                    dm(N(sa * a), N(sb * b))
    # Burnikel-Ziegler sizes (divisor and quotient >= 80 digits)
    for bits_a, bits_b in [(6000, 2700), (10000, 5000), (20000, 2600), (40000, 20000),
                           (64000, 31000), (200000, 90000), (400000, 7000),
                           (1000000, 500000), (150000, 149000)]:
        for _ in range(2):
            a = big(next_seed(), bits_a, R.random() < 0.5)
            b = big(next_seed(), bits_b, R.random() < 0.5)
            dm(a, b)
            if bits_a + bits_b <= 30000:
                # exact division and remainder -1 / +1 around it
                p = a.v * b.v
                dm(N(p), b)
                dm(N(p - 1), b)
                dm(N(p + 1), -b)
    # divisors that are all ones / a power of two in the BZ range
    for nb in (90, 170, 333, 700):
        b = (1 << (32 * nb)) - 1
        a = rand_bits(next_seed(), 32 * nb * 3 + 17)
        dm(N(a), N(b))
        dm(N(-a), N(b + 2))
        dm(N(a), N(1 << (32 * nb - 5)))
    return f


def knuth_adds_back(a, b):
    """Simulates algorithm D with 32-bit digits; True if it adds back."""
    B = 1 << 32

    def digits(x, n):
        return [(x >> (32 * i)) & (B - 1) for i in range(n)]

    n = (b.bit_length() + 31) // 32
    m = (a.bit_length() + 31) // 32 - n
    if n < 2 or m < 0:
        return False
    s = 32 - (b >> (32 * (n - 1))).bit_length()
    un = digits(a << s, m + n + 1)
    vn = digits(b << s, n)
    vval = b << s
    for j in range(m, -1, -1):
        num = (un[j + n] << 32) | un[j + n - 1]
        qhat, rhat = divmod(num, vn[n - 1])
        while qhat >= B or qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2]):
            qhat -= 1
            rhat += vn[n - 1]
            if rhat >= B:
                break
        seg = sum(un[j + i] << (32 * i) for i in range(n + 1)) - qhat * vval
        if seg < 0:
            return True
        for i in range(n + 1):
            un[j + i] = (seg >> (32 * i)) & (B - 1)
    return False


def gen_pow():
    f = File("pow.txt")
    for _ in range(600):
        a = rand_n(200)
        e = R.randint(0, 40)
        if R.random() < 0.3:
            e = R.randint(0, 2000 // max(1, abs(a.v).bit_length()))
        f.add("pow", a, N(e), res(a.v ** e))
    for a in (0, 1, -1, 2, -2, 3, -3, 1 << 32, -(1 << 40), 10, 6, -12):
        for e in (0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 1000):
            f.add("pow", N(a), N(e), res(a ** e))
    for a in (0, 1, -1):
        for e in (1 << 70, (1 << 70) + 1, 10 ** 30):
            f.add("pow", N(a), N(e), res(a ** e))
    for a, e in [(3, 100000), (-7, 33333), (12, 70001), (10, 200000), (2, 1000000),
                 (-(1 << 64) + 5, 3000), (rand_bits(next_seed(), 1000), 131)]:
        f.add("pow", N(a), N(e), res(a ** e))
    f.add("pow", N(2), N(-1), "!negexp")
    f.add("pow", N(0), N(-5), "!negexp")
    f.add("pow", N(3), N(1 << 64), "!toobig")
    f.add("pow", N(2), N(1 << 50), "!toobig")
    f.add("pow", N(-6), N(1 << 45), "!toobig")

    def pm(a, e, m):
        a, e, m = N(a), N(e), N(m)
        if m.v == 0:
            f.add("powmod", a, e, m, "!modzero")
            return
        try:
            r = pow(a.v, e.v, m.v)
        except ValueError:
            f.add("powmod", a, e, m, "!notinv")
            return
        f.add("powmod", a, e, m, res(r))

    for _ in range(1200):
        a = rand_n(300)
        m = rand_n(300)
        e = N(R.randint(0, 70)) if R.random() < 0.6 else rand_n(200, signed=False)
        if R.random() < 0.3:
            e = -e
        pm(a, e, m)
    for m in (1, -1, 2, -2, 3, -7, 0, 1 << 32, -(1 << 64), 10 ** 20 + 39):
        for a in (0, 1, -1, 2, 3, -5, 10 ** 25 + 1):
            for e in (0, 1, 2, -1, -2, 65, -65, 10 ** 20):
                pm(a, e, m)
    # RSA-like sizes
    for bits in (512, 1024, 2048):
        m = N(rand_bits(next_seed(), bits) | 1)
        a = big(next_seed(), bits - 3)
        e = big(next_seed(), bits)
        pm(a, e, m)
        pm(a, -e, m)
        pm(-a, 65537, -m)
    return f


def gen_numtheory():
    f = File("numtheory.txt")
    for _ in range(1200):
        a, b = rand_n(), rand_n()
        if R.random() < 0.4:
            g = rand_int(100, signed=False)
            a, b = N(rand_int(200) * g), N(rand_int(200) * g)
        f.add("gcd", a, b, res(math.gcd(a.v, b.v)))
    for a in (0, 1, -1, 6, -(1 << 100)):
        for b in (0, 1, -1, 4, 1 << 100, -(3 << 64)):
            f.add("gcd", N(a), N(b), res(math.gcd(a, b)))
    # consecutive Fibonacci numbers: every quotient is 1, the longest runs
    fib = [0, 1]
    while len(fib) < 3000:
        fib.append(fib[-1] + fib[-2])
    for i in (90, 91, 200, 1000, 2999):
        f.add("gcd", N(fib[i]), N(fib[i - 1]), res(math.gcd(fib[i], fib[i - 1])))
        f.add("gcd", N(fib[i] * 12345), N(-fib[i - 1] * 54321), res(math.gcd(fib[i] * 12345, fib[i - 1] * 54321)))
    # huge quotients, equal operands, neighbours, powers of two
    for _ in range(40):
        b = rand_int(400, signed=False) or 1
        a = b * rand_int(900, signed=False) + R.choice([0, 1, b // 3])
        for x, y in ((a, b), (b, a), (a, a), (a, a + 1), (a << 100, b << 37), (-a, a * 3)):
            f.add("gcd", N(x), N(y), res(math.gcd(x, y)))
    for bits in (5000, 20000):
        a, b, g = (rand_bits(next_seed(), bits), rand_bits(next_seed(), bits),
                   rand_bits(next_seed(), 300))
        f.add("gcd", N(a * g), N(b * g), res(math.gcd(a * g, b * g)))
    for _ in range(1200):
        a = rand_n(1400, signed=False)
        if R.random() < 0.3:
            r = rand_int(150, signed=False)
            a = N(max(r * r + R.choice([-1, 0, 1, 2 * r, 2 * r + 1]), 0))
        f.add("isqrt", a, res(math.isqrt(a.v)))
    for a in EDGES:
        if a.v >= 0:
            f.add("isqrt", a, res(math.isqrt(a.v)))
        else:
            f.add("isqrt", a, "!negative")
    for r in (2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 31, 3037000499, 3037000500,
              2 ** 64 - 1, 2 ** 64, 2 ** 100 - 1):
        for delta in (-1, 0, 1):
            f.add("isqrt", N(r * r + delta), res(math.isqrt(r * r + delta)))
    for bits in (20000, 100001):
        a = big(next_seed(), bits)
        f.add("isqrt", a, res(math.isqrt(a.v)))
    r = math.isqrt(rand_bits(next_seed(), 20000))
    for delta in (-1, 0, 1):
        f.add("isqrt", N(r * r + delta), res(math.isqrt(r * r + delta)))
    return f


def gen_bits():
    f = File("bits.txt")
    for _ in range(1200):
        a = rand_n()
        k = R.randint(0, 300) if R.random() < 0.8 else R.randint(0, 1500)
        f.add("shl", a, N(k), res(a.v << k))
        f.add("shr", a, N(k), res(a.v >> k))
    for a in EDGES:
        for k in (0, 1, 31, 32, 33, 64, 200):
            f.add("shl", a, N(k), res(a.v << k))
            f.add("shr", a, N(k), res(a.v >> k))
    for a in (0, 1, -1, 5, -(1 << 100)):
        f.add("shl", N(a), N(-1), "!negshift")
        f.add("shr", N(a), N(-(1 << 80)), "!negshift")
        f.add("shr", N(a), N(1 << 70), res(a >> (1 << 64)))
        f.add("shr", N(a), N(1 << 64), res(a >> (1 << 64)))
        f.add("shl", N(a), N(1 << 70), res(0) if a == 0 else "!toobig")
    f.add("shl", N(1), N(1 << 62), "!toobig")
    f.add("shl", N(1), N(100000), res(1 << 100000))
    f.add("shl", N(-(1 << 5000), "-^5000"), N(3), res(-(1 << 5003)))
    f.add("shr", N(-(1 << 5000), "-^5000"), N(5001), res(-1))
    f.add("shr", N(-(1 << 5000), "-^5000"), N(4999), res(-2))
    f.add("shr", big(next_seed(), 100000, True), N(99000),
          res(-rand_bits(_seed[0], 100000) >> 99000))
    pairs = [(R.choice(EDGES), R.choice(EDGES)) for _ in range(500)]
    pairs += [(rand_n(), rand_n()) for _ in range(900)]
    for a, b in pairs:
        f.add("and", a, b, res(a.v & b.v))
        f.add("or", a, b, res(a.v | b.v))
        f.add("xor", a, b, res(a.v ^ b.v))
    for a in EDGES + [rand_n() for _ in range(300)]:
        f.add("invert", a, res(~a.v))
    return f


def gen_misc():
    f = File("misc.txt")
    vals = EDGES + [rand_n() for _ in range(800)]
    vals += [N(v) for v in ((1 << 61) - 1, 1 << 61, (1 << 61) + 1, -(1 << 61) + 1,
                            (1 << 122) - 2, (2 ** 61 - 1) * (2 ** 70 + 3),
                            -((2 ** 61 - 1) * 5 + 1), -1, -2, -(2 ** 61 - 2))]
    for a in vals:
        x = a.v
        f.add("neg", a, res(-x))
        f.add("abs", a, res(abs(x)))
        f.add("bitlen", a, str(x.bit_length()))
        f.add("bitcount", a, str(x.bit_count()))
        f.add("hash", a, str(hash(x)))
        b = R.choice(vals) if R.random() < 0.7 else N(x + R.choice([-1, 0, 1]))
        f.add("cmp", a, b, str((x > b.v) - (x < b.v)))
        f.add("toi64", a, str(x) if -(1 << 63) <= x < (1 << 63) else "!overflow")
        f.add("tou64", a, str(x) if 0 <= x < (1 << 64) else "!overflow")
    for a in (-(1 << 63), (1 << 63) - 1, -(1 << 63) - 1, 1 << 63, (1 << 64) - 1, 1 << 64, -1):
        f.add("toi64", N(a), str(a) if -(1 << 63) <= a < (1 << 63) else "!overflow")
        f.add("tou64", N(a), str(a) if 0 <= a < (1 << 64) else "!overflow")
    for v in [0, 1, -1, 2 ** 47, -(2 ** 47), 2 ** 48, 2 ** 63 - 1, -(2 ** 63), 2 ** 32,
              -(2 ** 32), 2 ** 32 - 1] + [R.randint(-(1 << 63), (1 << 63) - 1) for _ in range(200)]:
        f.add("fromi64", str(v), N(v))
    for v in [0, 1, 2 ** 63, 2 ** 64 - 1, 2 ** 32] + [R.getrandbits(64) for _ in range(100)]:
        f.add("fromu64", str(v), N(v))
    for bits in (100000, 333333):
        a = big(next_seed(), bits, R.random() < 0.5)
        f.add("hash", a, str(hash(a.v)))
        f.add("bitcount", a, str(a.v.bit_count()))
        f.add("neg", a, res(-a.v))
    return f


def rand_double():
    r = R.random()
    if r < 0.3:
        return R.uniform(-1e6, 1e6)
    if r < 0.5:
        return R.choice([-1, 1]) * math.ldexp(R.random(), R.randint(-20, 1024))
    if r < 0.7:
        bits = R.getrandbits(64)
        x = struct.unpack("<d", struct.pack("<Q", bits))[0]
        return x if math.isfinite(x) else 1.5
    return float(R.choice([-1, 1]) * R.getrandbits(R.randint(1, 80)))


def gen_float():
    f = File("float.txt")
    # int -> float: random, exact halves (both ways), sticky bits far below
    ints = [rand_n(1100) for _ in range(1500)] + EDGES
    for k in range(0, 1000, 23):
        for base in ((1 << 53) + 1, (1 << 53) + 3, (1 << 54) + 2, (1 << 53) - 1):
            ints.append(shifted(base, k))
            ints.append((base << k) + 1)
            ints.append(shifted(-base, k))
    for k in (54, 64, 65, 96, 200, 971):
        ints.append(((1 << 53) + 1 << (k - 53)) + 1)
        ints.append(((1 << 53) + 1 << (k - 53)) - 1)
    top = (1 << 1024) - (1 << 970)  # rounds up to 2**1024
    ints += [(1 << 1024) - 1, 1 << 1024, top, top - 1, -(top - 1), -top, (1 << 1023),
             (1 << 2000), -((1 << 1025) + 5), 2 ** 1024 - 2 ** 971]
    for a in map(N, ints):
        try:
            f.add("tod", a, fl(float(a.v)))
        except OverflowError:
            f.add("tod", a, "!overflow")
    # float -> int (truncation)
    ds = [rand_double() for _ in range(1500)]
    ds += [0.0, -0.0, 0.5, -0.5, 0.999999, -1.0, 1.0, 2.0 ** 52 + 0.5, 2.0 ** 53,
           -(2.0 ** 63), 2.0 ** 63, 2.0 ** 64, 1e308, -1.7976931348623157e308, 5e-324,
           -5e-324, 2.2250738585072014e-308, 123456789.987654321, 4503599627370495.5]
    for x in ds:
        f.add("fromd", fl(x), N(int(x)))
    f.add("fromd", fl(math.inf), "!inf")
    f.add("fromd", fl(-math.inf), "!inf")
    f.add("fromd", fl(math.nan), "!nan")
    # exact int/float comparison
    for _ in range(1200):
        x = rand_double()
        r = R.random()
        if r < 0.3:
            a = int(x) + R.choice([-1, 0, 0, 1])
        elif r < 0.5 and math.isfinite(x):
            a = int(x)
        else:
            a = rand_int(1100)
            if R.random() < 0.5:
                a = -a if (a < 0) != (x < 0) else a
        f.add("cmpd", N(a), fl(x), str((a > x) - (a < x)))
    for a, x in [(2 ** 53 + 1, 2.0 ** 53), (2 ** 53, 2.0 ** 53), (0, -0.0), (0, 0.0),
                 (1, 0.5), (-1, -0.5), (0, 5e-324), (0, -5e-324), (2 ** 1024, 1e308),
                 (-(2 ** 1024), -1e308), (5, math.inf), (-(2 ** 2000), -math.inf),
                 (10 ** 400, math.inf), (2 ** 63, 2.0 ** 63), (2 ** 63 - 1, 2.0 ** 63)]:
        f.add("cmpd", N(a), fl(x), str((a > x) - (a < x)))
    for a in (0, 1, -(10 ** 400)):
        f.add("cmpd", N(a), fl(math.nan), "2")

    # true division
    def td(a, b):
        a, b = N(a), N(b)
        try:
            f.add("truediv", a, b, fl(a.v / b.v))
        except ZeroDivisionError:
            f.add("truediv", a, b, "!zerodiv")
        except OverflowError:
            f.add("truediv", a, b, "!overflow")

    for _ in range(2000):
        a, b = rand_n(1300), rand_n(1300)
        if R.random() < 0.2:
            b = rand_n(60)
        td(a, b)
    for _ in range(300):
        td(R.choice(EDGES), R.choice(EDGES))
    for a, b in [(10 ** 400, 3 ** 700), (10 ** 400, 10 ** 399), (1, 10 ** 400), (-1, 10 ** 400),
                 (0, -5), (0, 5), (0, -(10 ** 300)), (5, 0), (0, 0), (2 ** 1024, 1),
                 ((2 ** 1024) - (2 ** 970), 1), ((2 ** 1024) - (2 ** 970) - 1, 1),
                 (2 ** 1100, 2 ** 76), (2 ** 1100, 2 ** 77), (2 ** 1100 - 1, 2 ** 76),
                 (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1075), (1, 2 ** 1075 - 1),
                 (1, 2 ** 1076), (2 ** 60, 2 ** 1134), (2 ** 60 + 1, 2 ** 1135),
                 (1, 2 ** 1022), (3, 2 ** 1024), ((2 ** 54 + 1), 2), ((2 ** 54 + 3), 2),
                 ((2 ** 55 + 1), 4), ((2 ** 55 + 2), 4), ((2 ** 55 + 6), 4), (-(2 ** 54 + 3), 2),
                 (10 ** 30, 7), (10 ** 30 + 1, 3), (2 ** 2000, 3 ** 1200), (-(2 ** 5000), 3),
                 ((2 ** 53 + 1) * 3 ** 100, 3 ** 100), ((2 ** 53 + 1) * 3 ** 100 + 1, 3 ** 100),
                 ((2 ** 53 + 1) * 3 ** 100 - 1, 3 ** 100), (3 ** 700, 10 ** 400),
                 (7 * 2 ** 1000, 2 ** 2074), (7 * 2 ** 1000 + 1, 2 ** 2074),
                 (2 ** 1000, 2 ** 2022), (2 ** 1000 - 1, 2 ** 2022), (2 ** 53 - 1, 2 ** 2000),
                 (2 ** 60, 3), (2 ** 53, 2 ** 53 + 1), (-(2 ** 53), 2 ** 53 - 1)]:
        td(a, b)
    # halfway quotients across the whole exponent range, with and without a
    # tiny perturbation that must break the tie
    for _ in range(300):
        m = R.getrandbits(53) | (1 << 53) | 1  # 54 bits, odd: a tie at 53
        e = R.randint(-1200, 1100)
        d = rand_int(200, signed=False) or 1
        a, b = (shifted(m * d, e), N(d)) if e >= 0 else (N(m * d), shifted(d, -e))
        for delta in (0, 1, -1):
            td(a if delta == 0 else a.v + delta, b)
    # ties at the subnormal granularity 2**-1074 (odd multiples of 2**-1075),
    # up to the normal boundary, exact and perturbed either way
    for _ in range(200):
        j = R.getrandbits(R.randint(1, 53))
        d = rand_int(100, signed=False) or 1
        a, b = (2 * j + 1) * d, shifted(d, 1075)
        for delta in (0, 1, -1):
            td(a + delta, b)
    for j in (0, 1, 2 ** 51, 2 ** 52 - 1, 2 ** 52, 2 ** 53 - 1):
        for delta in (0, 1, -1):
            td(((2 * j + 1) << 40) + delta, pow2(1115))
    return f


def gen_text():
    f = File("text.txt")
    nums = EDGES + [rand_n(500) for _ in range(1200)]
    for a in nums:
        base = R.choice([10, 10, 16, 2, 8, R.randint(2, 36)])
        f.add("str", a, str(base), text_res(to_base(a.v, base)))
    for base in range(2, 37):
        for a in (0, 1, -1, base - 1, base, -(base ** 5), base ** 20 - 1, 10 ** 30, -(2 ** 100)):
            f.add("str", N(a), str(base), text_res(to_base(a, base)))
    for a in EDGES[:40] + [rand_n(300) for _ in range(200)]:
        f.add("strp", a, "2", text_res(bin(a.v)))
        f.add("strp", a, "8", text_res(oct(a.v)))
        f.add("strp", a, "16", text_res(hex(a.v)))
    f.add("strp", N(31), "10", "!base")
    f.add("str", N(31), "1", "!base")
    f.add("str", N(31), "37", "!base")
    # long numbers: the recursive conversion
    for bits in (30000, 40001, 100000, 250000, 1000000):
        for base in (10, 7, 36, 16):
            a = big(next_seed(), bits, R.random() < 0.5)
            f.add("str", a, str(base), text_res(to_base(a.v, base)))
    for k in (12000, 12041):
        for x in (10 ** k, 10 ** k - 1, -(10 ** k + 1)):
            f.add("str", N(x), "10", text_res(str(x)))
    for k in (40000, 100000, 332193):
        f.add("str", N(1 << k, "^%d" % k), "10", text_res(str(1 << k)))
        f.add("str", N(-(1 << k), "-^%d" % k), "7", text_res(to_base(-(1 << k), 7)))

    # parsing: CPython's int(bytes, base) is the oracle
    def parse(text, base):
        tok = "s" + text.hex()
        try:
            v = int(text, base)
        except ValueError as e:
            err = "!base" if "base must be" in str(e) else "!invalid"
            f.add("parse", tok, str(base), err)
            return
        f.add("parse", tok, str(base), res(v))

    fixed = ["0", "-0", "+0", "00", "0_0", "-00_0", "010", "09", "0 ", " 0", "0_", "_0",
             "0x", "0x_", "0x_1f", "0x__1f", "0X1F", "0o17", "0O17", "0b1_0", "+0b1_0",
             "0b2", "1_000", "1__000", "1_", "_1", " -5 ", "- 5", "+-5", "--5", "", " ",
             "+", "-", "\t\n\v\f\r 42 \r\n", "42\x00", "4\x002", "\x1c42", "42\x1c",
             "\xa042", "١٢", "0b1", "0o1", "0x1", "1e5", "1.0", "12 34", "0x 1",
             "00000000000000000000000000001", "-0_0_0", "0_0_", "z", "Z", "zz", "ZZ",
             "99999999999999999999999999999999999999", "-18446744073709551616",
             "0xffffffffffffffffffffffffffffffff", "0b" + "1" * 200, "0o" + "7" * 100]
    for text in fixed:
        raw = text.encode("utf-8")
        for base in (0, 10, 2, 8, 16, 36, 11, 3):
            parse(raw, base)
    for base in (1, -1, 37, 100):
        f.add("parse", "s" + b"10".hex(), str(base), "!base")
    alphabet = "0123456789abcdefxyzABCDEFXYZobOB_ +-\t\n"
    for _ in range(2500):
        base = R.choice([0, 0, 10, 10, 16, 2, 8, R.randint(2, 36)])
        r = R.random()
        if r < 0.45:
            a = rand_int(600)
            sign = "-" if a < 0 else R.choice(["", "", "+"])
            body = to_base(abs(a), base or 10)
            if base in (0, 2, 8, 16) and R.random() < 0.5:
                pb = R.choice([2, 8, 16]) if base == 0 else base
                body = R.choice({2: ["0b", "0B"], 8: ["0o", "0O"], 16: ["0x", "0X"]}[pb]) + \
                    to_base(abs(a), pb)
            if R.random() < 0.3:
                body = "".join(c if R.random() < 0.8 else c + "_" for c in body[:-1]) + body[-1]
            if R.random() < 0.3:
                body = body.upper()
            text = R.choice(["", " ", "\t"]) + sign + body + R.choice(["", " ", "\n "])
        else:
            text = "".join(R.choice(alphabet) for _ in range(R.randint(0, 12)))
        parse(text.encode(), base)
    # long digit strings: the recursive conversion
    for n, base in [(2500, 10), (3001, 10), (6500, 10), (20000, 10), (100000, 10),
                    (200000, 7), (50000, 36), (100000, 16), (7777, 2), (30000, 3)]:
        seed = next_seed()
        digits = rand_digits(seed, n, base)
        f.add("parse", "$%d:%d:%d" % (seed, n, base), str(base), res(int(digits, base)))
    return f


def main():
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for gen in (gen_arith, gen_div, gen_pow, gen_numtheory, gen_bits, gen_misc, gen_float,
                gen_text):
        f = gen()
        n = f.write()
        total += n
        print("%-16s %6d cases" % (os.path.basename(f.path), n))
    print("total %d" % total)


if __name__ == "__main__":
    main()
