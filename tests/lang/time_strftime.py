# strftime, asctime and ctime of fixed times.
import time
g = time.gmtime(1234567890)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B', '%d/%m/%y', '%j %U %W %w', '%I:%M %p', '%c', '%x', '%X',
            '%%', '', 'plain text', '%Y%m%d', '%e|%k|%l', '%C %G %g %V %u', '%D %F %R %T', '%s' if False else '%n%t',
            'héllo %Y ✓', '%Z']:
    print(repr(fmt), repr(time.strftime(fmt, g)))
print(time.strftime('%Y-%m-%d', (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%A %d %B %Y', (2024, 2, 29, 23, 59, 59, 3, 60, 0)))
print(time.strftime('%Y %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%H:%M:%S', (1999, 12, 31, 23, 59, 60, 4, 365, -1)))
print(time.asctime(g), time.asctime(time.gmtime(0)), time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)), time.asctime((2038, 1, 19, 3, 14, 7, 1, 19, 0)))
print(len(time.asctime()), len(time.ctime()), type(time.ctime(0)).__name__, len(time.ctime(1234567890)))
print(len(time.strftime('%Y-%m-%d')), time.strftime('%Y') >= '2023')
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3), 'x', (2020, 1, 1, 0, 0, 0, 0, 1, 'x'),
            (2020, 1.5, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime('%Y', bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for bad in [3, None]:
    try:
        time.strftime(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print('ValueError:', e)
try:
    time.asctime('x')
except TypeError as e:
    print('TypeError:', e)
print(type(time.mktime(time.localtime(1234567890))).__name__, time.mktime(time.localtime(1234567890)))
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
try:
    time.mktime((1, 2))
except TypeError as e:
    print('TypeError:', e)
