# Small date computations with gmtime, strftime and struct_time.
import time
day = 86400
start = 1704067200
months = []
for i in range(12):
    months.append(0)
weekdays = [0, 0, 0, 0, 0, 0, 0]
for d in range(366):
    g = time.gmtime(start + d * day)
    months[g.tm_mon - 1] += 1
    weekdays[g.tm_wday] += 1
print(months, sum(months))
print(weekdays)
print(time.strftime('%A %d %B %Y', time.gmtime(start)), time.strftime('%j', time.gmtime(start + 365 * day)))
fridays = []
for d in range(366):
    g = time.gmtime(start + d * day)
    if g.tm_mday == 13 and g.tm_wday == 4:
        fridays.append(time.strftime('%Y-%m-%d', g))
print(fridays)
st = time.gmtime(start)
fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
for name in fields:
    print(name, getattr(st, name), end='; ')
print()
y, mon = st[:2]
print(y, mon, st.count(1), st.index(2024), st + (1,), st[::-3])
try:
    st.tm_year = 2000
except AttributeError as e:
    print('AttributeError')
try:
    st[0] = 1
except TypeError as e:
    print('TypeError:', e)
t0 = time.perf_counter()
total = 0
for i in range(100000):
    total += i % 7
elapsed = time.perf_counter() - t0
print(total, elapsed > 0, elapsed < 60, type(elapsed).__name__)
print(time.asctime(time.gmtime(start + 12 * 3600 + 34 * 60 + 56)))
print(time.mktime(time.localtime(start)) == start, time.mktime(time.localtime(start + 0.9)) == start)
