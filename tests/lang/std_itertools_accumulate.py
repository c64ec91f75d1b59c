# itertools.accumulate: running sums, custom functions, initial values.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate('abcd')), list(accumulate([[1], [2], [3]])))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x)))
balance = list(accumulate([100, -20, -30, 50, -200], initial=0))
print(balance, min(balance))
print(list(accumulate(range(1, 11), operator.mul))[-1])
print(list(accumulate([0.1] * 5)))
rates = [1.05, 1.02, 0.97]
print([round(v, 4) for v in accumulate(rates, operator.mul, initial=1000)])
fib = list(accumulate(range(10), lambda acc, _: (acc[1], acc[0] + acc[1]), initial=(0, 1)))
print([a for a, _ in fib])
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError:', e)
try:
    list(accumulate(5))
except TypeError as e:
    print('TypeError:', e)
try:
    list(accumulate([1, 2], 'notfunc'))
except TypeError as e:
    print('TypeError:', e)
