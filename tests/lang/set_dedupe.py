# Typical set uses: dedupe, membership, counting distinct.
words = 'the cat and the hat and the bat'.split()
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, len(seen))
print(sorted(set(words)))
nums = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(nums)), len(set(nums)))
evens = set()
odds = set()
for n in range(20):
    if n % 2 == 0:
        evens.add(n)
    else:
        odds.add(n)
print(evens, odds)
print(evens & odds, evens | odds == set(range(20)))
primes = {2, 3, 5, 7, 11, 13, 17, 19}
print(primes & odds, primes - odds, odds - primes)
letters_a = set('hello')
letters_b = set('world')
print(sorted(letters_a & letters_b), sorted(letters_a ^ letters_b))
print(set([]) == set(), set() is not set())
