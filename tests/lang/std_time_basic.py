# time module: deterministic facts only (struct_time of fixed timestamps, monotonic order).
import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(tuple(time.gmtime(86400 * 365)))
t2 = time.gmtime(1700000000)
print(time.strftime('%Y-%m-%d %H:%M:%S', t2), time.strftime('%a %b %d %j', t2))
print(time.strftime('%%literal %y %I %p', t2))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
print(time.asctime(time.gmtime(0)))
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(time.time()).__name__, time.time() > 1.6e9)
c = time.perf_counter()
d = time.perf_counter()
print(d >= c, isinstance(time.time_ns(), int), time.time_ns() > 10 ** 18)
time.sleep(0.01)
print(time.monotonic() - a >= 0.009)
print(time.gmtime(1700000000)[:3], len(time.gmtime()))
try:
    time.strftime('%Y', 'not a tuple')
except TypeError as e:
    print('TypeError:', e)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
