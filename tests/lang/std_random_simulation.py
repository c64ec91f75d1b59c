# Seeded simulations with random: dice statistics, random walk, Monte Carlo estimate.
import random
from collections import Counter

random.seed(2023)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print('%2d %4d %s' % (total, rolls[total], '*' * (rolls[total] // 20)))
random.seed(99)
pos = 0
path = [pos]
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))
random.seed(7)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print('pi ~', 4 * inside / 20000)
random.seed(1)
deck = [r + s for s in 'SHDC' for r in '23456789TJQKA']
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(' '.join(h))
random.seed(5)
population = list(range(100))
print(sorted(random.sample(population, 10)), random.choices('HT', k=16))
r = random.Random(42)
print([r.randint(0, 9) for _ in range(10)], round(r.uniform(0, 1), 12), r.getrandbits(16))
