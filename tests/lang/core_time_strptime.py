# time.strptime: the C locale's directives matched as CPython's regular
# expressions would (first match, may stop short), and its errors.
import time
cases = [
    ('2024-02-29 13:45', '%Y-%m-%d %H:%M'), ('Thu Feb 29 13:45:01 2024', None),
    ('thursday FEBRUARY 29 2024', '%A %B %d %Y'), ('  7 Mar 99', '%d %b %y'), ('7 Mar 68', '%d %b %y'),
    ('12:30 AM', '%I:%M %p'), ('12:30 pm', '%I:%M %p'), ('1:05 PM', '%I:%M %p'), ('11', '%I'),
    ('2024 060', '%Y %j'), ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('123456', '%f'), ('12', '%f'),
    ('+0530', '%z'), ('-05:30', '%z'), ('Z', '%z'), ('+01:02:03.5', '%z'), ('UTC', '%Z'), ('gmt', '%Z'),
    ('2024 10 1', '%Y %U %w'), ('2024 0 0', '%Y %U %w'), ('2024 0 1', '%Y %W %w'), ('2024 52 6', '%Y %W %u'),
    ('2024 1 1', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('02/29', '%m/%d'), ('Feb 29', '%b %d'),
    ('03/17/99 22:44:55', '%c'), ('Wed Mar 17 22:44:55 1999', '%c'), ('03/17/99', '%x'), ('22:44:55', '%X'),
    ('100%', '%d%%'), ('2024-1-5', '%Y-%m-%d'), ('2024\t\n 5', '%Y %d'), ('5', ' %d'), ('60', '%S'), ('61', '%S'),
    ('2024', '%Y%'), ('2024', '%Q'), ('2024', '%Y%('), ('x', '% d'), ('2024-02-30', '%Y-%m-%d'), ('hello', '%Y'),
    ('2024-01-01x', '%Y-%m-%d'), ('20240', '%Y'), ('1999', '%y'), ('0000', '%Y'), ('9999 366', '%Y %j'),
    ('2024 53', '%G %V'), ('2024 3', '%V %u'), ('2024 3 1', '%Y %V %u'), ('2024 1 1 5', '%G %V %u %j'),
    ('2019 53 1', '%G %V %u'), ('+05:3030', '%z'), ('+0530:30', '%z'), ('z', '%z'), ('EST', '%Z'),
    ('mon', '%a'), ('MONDAY', '%A'), ('sept', '%b'), ('Jun', '%B'), ('June', '%B'), ('13', '%I'), ('0', '%I'),
    ('', ''), ('abc', 'abc'), ('ABC', 'abc'), ('1 2', '%d%m'), ('12', '%d%m'), ('123', '%H%M'), ('1', '%Y'),
]
for data, fmt in cases:
    try:
        r = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(data), repr(fmt), 'ValueError:', e)
for bad in ((1, '%Y'), ('1', 2), (), ('a', 'b', 'c')):
    try: time.strptime(*bad)
    except TypeError as e: print('TypeError:', e)
try: time.strptime('1', format='%Y')
except TypeError as e: print('TypeError:', e)
import _strptime
print(_strptime._strptime('2024-03-05 10:11:12.5', '%Y-%m-%d %H:%M:%S.%f'))
