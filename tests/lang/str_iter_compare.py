# Iterating over strings and comparing them.
s = 'Python'
out = []
for i, ch in enumerate(s):
    out.append(str(i) + ch)
print(out)
rev = ''
for ch in s:
    rev = ch + rev
print(rev)
vowels = 0
for ch in 'The quick brown fox jumps over the lazy dog':
    if ch.lower() in 'aeiou':
        vowels += 1
print(vowels)
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', '']))
print(sorted(['b', 'a', 'B', 'A', '1', '_', ' ']))
print('abc' < 'abcd', 'abd' > 'abc', 'B' < 'a', 'é' > 'z')
print(max(['pear', 'fig', 'apple']), min(['pear', 'fig', 'apple']))
print(max(['pear', 'fig', 'apple'], key=len), min(['pear', 'fig', 'apple'], key=len))
print('a' * 3 == 'aaa', 'ab' * 2 != 'abab')
print(list(map(ord, 'AZ')), list(zip('ab', 'xyz')))
it = iter('xy')
print(next(it), next(it), next(it, 'done'))
print('abc'.__iter__().__next__())
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
