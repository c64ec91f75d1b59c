# Text processing with comprehensions: word stats, acronyms, ciphers, cleaning.
text = '''It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness'''
words = [w.strip(',').lower() for w in text.split()]
print(len(words), words[:6])
freq = {w: words.count(w) for w in words}
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print([w for w in freq if len(w) > 6])
print(''.join(w[0].upper() for w in 'portable network graphics'.split()))
print(' '.join(w.capitalize() for w in 'the old man and the sea'.split()))
shift = 3
enc = ''.join(chr((ord(c) - 97 + shift) % 26 + 97) if c.islower() else c for c in 'hello, world')
dec = ''.join(chr((ord(c) - 97 - shift) % 26 + 97) if c.islower() else c for c in enc)
print(enc, dec)
print(''.join(c for c in 'P@ss-w0rd! 123' if c.isalnum()))
lines = ['  name : ann ', 'age:30', ' city :  oslo']
print({k.strip(): v.strip() for k, v in (l.split(':') for l in lines)})
print([line.split(',') for line in 'a,b\nc,d,e\n'.splitlines()])
vowels = {c: sum(1 for ch in text.lower() if ch == c) for c in 'aeiou'}
print(vowels)
print(['%s%d' % (c, n) for c, n in zip('abc', range(3))])
print([w for w in words if w == w[::-1] and len(w) > 1])
print(sorted({len(w) for w in words}))
print(' | '.join('%-6s' % w for w in ['a', 'bb', 'ccc']) + '|')
try:
    {k: v for k, v in (l.split(':') for l in ['a:b', 'no colon'])}
except ValueError as e:
    print('ValueError:', e)
try:
    ''.join(n for n in range(3))
except TypeError as e:
    print('TypeError:', e)
