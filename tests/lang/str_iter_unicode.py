# Iterating strings of mixed widths.
s = 'aé€😀'
for ch in s:
    print(ascii(ch), len(ch), ord(ch), len(ch.encode()))
print(list(s), tuple(s), list(reversed(s)), sorted(s), ''.join(sorted(s, reverse=True)) == 'aé€😀'[::-1] or True)
it = iter(s)
print(type(it).__name__, ascii(next(it)), it.__length_hint__(), list(it), next(it, 'stop'))
it = iter('ascii')
print(type(it).__name__, next(it), it.__length_hint__(), ''.join(it))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
total = 0
for ch in 'ααβγ' * 100:
    total += ord(ch)
print(total)
pos = []
i = 0
for ch in 'x😀y😀z':
    if ch == '😀':
        pos.append(i)
    i += 1
print(pos, 'x😀y😀z'.index('y'), 'x😀y😀z'[pos[1]])
a, b, c = 'é😀x'
print(ascii(a), ascii(b), c)
print(max('hello wörld'), min('hello wörld'), list(enumerate('ab')), list(zip('ab', 'é😀')))
print(ascii(dict.fromkeys('aébé')), set('aa') == {'a'}, 'é' in set('héllo'))
