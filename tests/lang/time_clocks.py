# The time module's clocks, used only in deterministic ways.
import time
names = ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']
for name in names:
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a, a >= 0)
for name in ['time_ns', 'monotonic_ns', 'perf_counter_ns', 'process_time_ns']:
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a)
print(time.time() > 1.6e9, time.time_ns() > 1600000000 * 10 ** 9)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(abs(time.monotonic() - time.monotonic_ns() / 1e9) < 1)
start = time.process_time()
x = 0
for i in range(200000):
    x += i * i
print(x, time.process_time() >= start)
try:
    time.time(1)
except TypeError as e:
    print('TypeError:', e)
try:
    time.monotonic_ns(None)
except TypeError as e:
    print('TypeError:', e)
print(type(time.time).__name__, time.__name__)
