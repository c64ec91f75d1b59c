# deque(maxlen=...): bounded appends discard from the other end; + and * keep maxlen.
from collections import deque

hist = deque(maxlen=3)
for word in 'one two three four five'.split():
    hist.append(word)
    print(list(hist))
hist.appendleft('zero')
print(hist, hist.maxlen)
hist.extend(range(5))
print(hist)
hist.extendleft('abcd')
print(hist)
print(deque('abcdef', 2), deque([], 0), deque(range(3), maxlen=None), deque(range(3), maxlen=10))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(100))
print(z, len(z))
m = deque([1, 2, 3], maxlen=5)
print(m * 3, m * 0, m * -1, 2 * m)
print(m + deque([7, 8, 9]), deque([7, 8, 9]) + m)
m *= 2
print(m)
m += 'xy'
print(m)
print(deque([1], maxlen=3) * (2 ** 62), deque([], maxlen=3) * (2 ** 62))
full = deque([1, 2, 3], maxlen=3)
try:
    full.insert(1, 'x')
except IndexError as e:
    print('IndexError:', e)
full.rotate(1)
print(full, full.copy(), full.copy().maxlen)
window = deque(maxlen=4)
averages = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    window.append(x)
    averages.append(sum(window) / len(window))
print(averages)
tail = deque(open(__file__).read().splitlines(), maxlen=2)
print(tail)
for bad in (-1, -100):
    try:
        deque(maxlen=bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in ('3', 2.0, [1]):
    try:
        deque([], bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    deque(maxlen=2 ** 70)
except OverflowError as e:
    print('OverflowError:', e)
try:
    full.maxlen = 5
except AttributeError as e:
    print('AttributeError:', e)
# end of file
