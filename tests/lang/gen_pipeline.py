# Generators chained into a data pipeline: read -> parse -> filter -> aggregate.
DATA = '''\
# timestamp level component message
1 INFO net connected
2 WARN disk 80% full
3 ERROR net timeout
bad line
4 INFO app started
5 ERROR disk write failed
6 WARN net slow response
'''


def lines(text):
    for line in text.splitlines():
        print('  read', repr(line[:12]))
        yield line


def non_comments(it):
    for line in it:
        if line and not line.startswith('#'):
            yield line


def parse(it):
    for line in it:
        parts = line.split(None, 3)
        if len(parts) < 4 or not parts[0].isdigit():
            print('  skipping malformed', repr(line))
            continue
        yield {'t': int(parts[0]), 'level': parts[1], 'comp': parts[2], 'msg': parts[3]}


def only(levels, it):
    for rec in it:
        if rec['level'] in levels:
            yield rec


pipe = only({'ERROR', 'WARN'}, parse(non_comments(lines(DATA))))
print('pipeline built')
first = next(pipe)
print('first:', first)
rest = list(pipe)
for r in rest:
    print('%(t)d %(level)-5s %(comp)s: %(msg)s' % r)
counts = {}
for rec in parse(non_comments(DATA.splitlines())):
    counts[rec['comp']] = counts.get(rec['comp'], 0) + 1
print(sorted(counts.items()))


def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


print(list(batched(range(7), 3)), list(batched([], 2)))


def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s


print(list(running_sum(r['t'] for r in parse(non_comments(DATA.splitlines())))))
