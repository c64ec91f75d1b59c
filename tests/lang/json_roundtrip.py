# json round trips of generated documents: dumps -> loads gives the value back (tuples become lists).
import json

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def make(depth):
    kind = rand(9 if depth < 4 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rand(2) == 1
    if kind == 2:
        return rand(2000000) - 1000000
    if kind == 3:
        return (rand(100000) - 50000) / 64
    if kind == 4:
        return ''.join(chr(32 + rand(95)) for _ in range(rand(8)))
    if kind == 5:
        return ''.join(chr(rand(0x3000) + 1) for _ in range(rand(4)))
    if kind == 6 or kind == 7:
        return [make(depth + 1) for _ in range(rand(5))]
    return {'k%d' % rand(50): make(depth + 1) for _ in range(rand(5))}


ok = 0
total_len = 0
for i in range(60):
    v = make(0)
    for kw in ({}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}):
        text = json.dumps(v, **kw)
        total_len += len(text)
        if json.loads(text) == v:
            ok += 1
        else:
            print('MISMATCH', kw, ascii(text))
print(ok, total_len)
sample = make(0)
while not isinstance(sample, (list, dict)) or not sample:
    sample = make(0)
print(ascii(json.dumps(sample)))
print(json.loads(json.dumps((1, (2, [3, (4,)])))), json.loads(json.dumps({1: [None], 2.5: {}})))
floats = [0.1, 1 / 3, 2 ** -1074, 1e22, 1e23, 123.456e-7, -2.5e-300, 9007199254740993.0]
print(json.loads(json.dumps(floats)) == floats, json.dumps(floats))
ints = [2 ** 100, -(2 ** 63), 2 ** 63 - 1, 10 ** 30]
print(json.loads(json.dumps(ints)) == ints)
s = ''.join(chr(c) for c in range(0, 0x800, 7)) + '\U0001f600\ud800'
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
