# gmtime and struct_time.
import time
g = time.gmtime(0)
print(g)
print(len(g), g[0], g[-1], g[:3], tuple(g))
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(g.tm_zone, g.tm_gmtoff, type(g).__name__, isinstance(g, tuple))
print(g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), list(g) == [1970, 1, 1, 0, 0, 0, 3, 1, 0])
for secs in [1, 86399, 86400, 951782400, 1234567890, 1700000000.75, -1, -1.5, 2 ** 31, 4102444800, 253402300799]:
    print(secs, tuple(time.gmtime(secs)))
y, m, d, hh, mm, ss, wd, yd, dst = time.gmtime(1000000000)
print(y, m, d, hh, mm, ss, wd, yd, dst)
print(time.gmtime(True) == time.gmtime(1), time.gmtime(1.999) == time.gmtime(1))
now = time.gmtime()
print(type(now).__name__, now.tm_year >= 2023, len(now))
print(time.gmtime(None).tm_year >= 2023, type(time.localtime()).__name__, len(time.localtime(0)))
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st, st.tm_mday, st.tm_zone, st[7])
st = time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9, 'ZONE', 3600])
print(st, st.tm_zone, st.tm_gmtoff, len(st))
for bad in [(1, 2, 3), list(range(12)), 5]:
    try:
        print(time.struct_time(bad))
    except TypeError as e:
        print('TypeError:', e)
for bad in ['x', float('nan'), 1e30, [0]]:
    try:
        print(time.gmtime(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(sorted([time.gmtime(100), time.gmtime(5), time.gmtime(50)])[0].tm_sec)
print(hash(time.gmtime(7)) == hash(tuple(time.gmtime(7))))
