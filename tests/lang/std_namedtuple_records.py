# Parsing delimited text into namedtuples and summarising with collections helpers.
from collections import namedtuple, defaultdict, Counter

DATA = '''date,city,temp,rain
2024-01-01,Oslo,-3.5,0.0
2024-01-01,Rome,11.2,1.5
2024-01-02,Oslo,-7.0,2.25
2024-01-02,Rome,9.8,0.0
2024-01-03,Oslo,-1.0,5.0
2024-01-03,Lima,24.5,0.0
'''
lines = DATA.strip().splitlines()
Row = namedtuple('Row', lines[0].split(','))


def parse(line):
    d, city, temp, rain = line.split(',')
    return Row(d, city, float(temp), float(rain))


rows = [parse(l) for l in lines[1:]]
print(rows[0], Row._fields)
by_city = defaultdict(list)
for r in rows:
    by_city[r.city].append(r)
for city, rs in sorted(by_city.items()):
    temps = [r.temp for r in rs]
    print('%-5s n=%d min=%5.1f max=%5.1f mean=%6.2f rain=%.2f' % (
        city, len(rs), min(temps), max(temps), sum(temps) / len(temps), sum(r.rain for r in rs)))
print(Counter(r.date for r in rows if r.rain > 0))
coldest = min(rows, key=lambda r: r.temp)
print(coldest._replace(temp=round(coldest.temp * 9 / 5 + 32, 1)), coldest._asdict()['city'])
try:
    parse('2024-01-04,Oslo,warm,0')
except ValueError as e:
    print('ValueError:', e)
try:
    parse('2024-01-04,Oslo')
except ValueError as e:
    print('ValueError:', e)
