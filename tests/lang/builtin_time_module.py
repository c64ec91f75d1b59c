# The time module, used only in deterministic ways.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
total = 0
for i in range(10000):
    total += i
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(total)
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 >= p0, m1 >= m0)
print(p1 - p0 >= 0.005, m1 - m0 >= 0.005)
print(t0 > 1600000000)
ns = time.time_ns()
print(type(ns).__name__, ns > 1600000000 * 10 ** 9)
time.sleep(0)
print('slept zero seconds')
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError:', e)
