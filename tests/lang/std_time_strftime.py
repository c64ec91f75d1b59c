# time.strftime/gmtime with fixed timestamps (UTC) and struct_time attributes.
import time

stamps = [0, 951782400, 1234567890, 1709210096, 4102444799]
for ts in stamps:
    t = time.gmtime(ts)
    print(ts, time.strftime('%Y-%m-%d %H:%M:%S %A %B wk%U doy%j', t))
t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], len(t), type(t).__name__, t == time.gmtime(1234567890))
print(time.strftime('%d/%m/%y %I:%M %p', t), time.strftime('%H%%', t), time.strftime('', t) == '')
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.gmtime(-86400)[:6], time.gmtime(2.9)[:6])
print(time.strptime('2024-02-29 13:45', '%Y-%m-%d %H:%M')[:6])
try:
    time.strptime('2024-02-30', '%Y-%m-%d')
except ValueError as e:
    print('ValueError:', e)
try:
    time.strptime('hello', '%Y')
except ValueError as e:
    print('ValueError:', e)
try:
    time.gmtime('x')
except TypeError as e:
    print('TypeError:', e)
