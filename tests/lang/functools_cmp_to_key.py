# cmp_to_key: sorting with comparison functions, KeyWrapper behaviour and errors.
from functools import cmp_to_key


def numeric_desc(a, b):
    return b - a


print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric_desc)), min('abc', key=cmp_to_key(lambda a, b: -1)))


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return -1 if len(a) < len(b) else 1
    return (a > b) - (a < b)


words = 'pear fig apple kiwi date banana plum'.split()
words.sort(key=cmp_to_key(by_len_then_alpha))
print(words, sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True)[:3])
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, K(3) == K(3), k1.obj, K(obj='o').obj)
print(type(k1).__name__, type(K).__name__, type(k1).__module__, callable(K), callable(k1))
k1.obj = 10
print(k1 > k2, k1.obj)
seen = []


def spy(a, b):
    seen.append((a, b))
    return a - b


sorted(range(4), key=cmp_to_key(spy))
print(len(seen) >= 3, all(isinstance(x, int) for pair in seen for x in pair))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda x, y: x[0] - y[0])))
for label, fn in [('not K', lambda: K(1) < 1), ('reflected', lambda: 1 < K(1)), ('hash', lambda: hash(K(1))),
                  ('no obj', lambda: K()), ('two objs', lambda: K(1, 2)), ('no cmp', lambda: cmp_to_key()),
                  ('bad result', lambda: sorted([1, 2], key=cmp_to_key(lambda a, b: None))),
                  ('bad arity', lambda: sorted([1, 2], key=cmp_to_key(lambda a: 0))),
                  ('raises', lambda: sorted([1, 2], key=cmp_to_key(lambda a, b: 1 / 0)))]:
    try:
        print(label, fn())
    except (TypeError, ZeroDivisionError) as e:
        print(label, '->', type(e).__name__ + ':', e)
