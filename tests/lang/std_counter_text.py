# Word and letter statistics for a text using Counter, most_common and arithmetic.
from collections import Counter
import string

TEXT = '''It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the feelings
or views of such a man may be on his first entering a neighbourhood, this truth
is so well fixed in the minds of the surrounding families, that he is considered
the rightful property of some one or other of their daughters.'''
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
wc = Counter(words)
print(len(words), len(wc))
for word, n in wc.most_common(6):
    print('%-8s %2d %s' % (word, n, '#' * n))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(''.join(c for c, _ in letters.most_common(10)), letters['z'], letters['e'])
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
stop = Counter({'a': 100, 'of': 100, 'the': 100, 'is': 100, 'in': 100, 'that': 100})
print((wc - stop).most_common(4))
first_half = Counter(words[:len(words) // 2])
second_half = Counter(words[len(words) // 2:])
print(sorted((first_half & second_half).elements()))
print(sum(wc.values()) == len(words), wc.total(), min(wc.items(), key=lambda kv: (kv[1], kv[0])))
