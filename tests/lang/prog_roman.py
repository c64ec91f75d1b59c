# Roman numeral conversion both ways with validation.
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
SYMBOLS = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}


def to_roman(n):
    if not isinstance(n, int):
        raise TypeError('expected int, got ' + type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError('out of range: ' + str(n))
    out = ''
    for value, sym in VALUES:
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in SYMBOLS:
            raise ValueError('bad numeral character: ' + repr(ch))
        v = SYMBOLS[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError('non-canonical numeral: ' + s)
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
ok = True
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        ok = False
print('round trip 1..3999:', ok)
for bad in (0, 4000, -5, 2.5, 'XIV'):
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for bad in ('IIII', 'VX', 'ABC', 'mcmxciv'):
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print('ValueError:', e)
