# time.sleep: durations (printed as booleans) and argument errors.
import time
for secs in [0, 0.01, 0.05, 1 / 50]:
    t0 = time.monotonic()
    p0 = time.perf_counter()
    r = time.sleep(secs)
    dt = time.monotonic() - t0
    dp = time.perf_counter() - p0
    print(secs, r, dt >= secs, dp >= secs, dt < secs + 2)
t0 = time.monotonic()
time.sleep(True)
print('slept True', time.monotonic() - t0 >= 1)
t0 = time.time()
time.sleep(0.02)
print(time.time() - t0 > 0.01)
c0 = time.process_time()
time.sleep(0.1)
print('sleeping uses little cpu', time.process_time() - c0 < 0.05)
for bad in [-1, -0.5, -1e-9, float('nan'), '1', None, [1], 1e30, 10 ** 20]:
    try:
        time.sleep(bad)
        print('no error for', bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    time.sleep()
except TypeError as e:
    print('TypeError:', e)
try:
    time.sleep(1, 2)
except TypeError as e:
    print('TypeError:', e)
