# GC stress with threads: several threads allocate heavily and share lists,
# dicts, sets and a deque while collections run in whichever thread holds
# the GIL and scan the others' saved stacks. Run by tests/stress/run.sh
# under GILPY_GC_STRESS for each GIL policy; every thread checks what it
# built, and the main thread checks the shared containers at the end, so
# a collected-but-still-used object shows up as a wrong value or a crash.
# The output is deterministic: one line per check, then "ok".
import sys
import threading
import time
from collections import deque

NTHREADS = 6
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 60

shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()
lock = threading.Lock()
errors = []
local = threading.local()


def gen_squares(n):
    # A generator suspended and resumed while other threads collect.
    for i in range(n):
        yield [i, i * i, str(i)]


def nested(depth, tag):
    # Deep Python frames whose registers hold fresh objects.
    if depth == 0:
        return {'tag': tag, 'items': [tag] * 3}
    inner = nested(depth - 1, tag)
    return {'up': inner, 'depth': depth, 'name': 'n%d' % depth}


def check_nested(d, depth, tag):
    for k in range(depth, 0, -1):
        if d['depth'] != k or d['name'] != 'n%d' % k:
            return False
        d = d['up']
    return d['tag'] == tag and d['items'] == [tag] * 3


def worker(idx):
    local.name = 'worker-%d' % idx
    mine = []
    for r in range(ROUNDS):
        tag = 't%d-r%d' % (idx, r)
        # Fresh strings, tuples, lists and dicts, some kept, most garbage.
        row = [(tag, i, str(i) * 3, float(i) / 7) for i in range(20)]
        text = '-'.join(s for _, _, s, _ in row)
        big = 2 ** (64 + r % 50) + idx
        d = {str(i): [i] * (i % 5) for i in range(30)}
        squares = list(gen_squares(15))
        deep = nested(12, tag)
        try:
            raise ValueError(tag)
        except ValueError as e:
            msg = str(e)
        mine.append((tag, text, big, len(d), squares[-1], msg))
        if not check_nested(deep, 12, tag):
            errors.append('nested ' + tag)
        # Shared containers: appends are atomic under the GIL; the lock
        # makes each multi-step update atomic.
        shared_list.append((idx, r, tag))
        with lock:
            shared_dict[tag] = [idx, r, text[:8]]
            shared_set.add(tag)
            shared_deque.append(tag)
            if len(shared_deque) > 50:
                shared_deque.popleft()
        # Let another thread take the GIL (and collect) now and then.
        if r % 7 == 0:
            time.sleep(0)
        if r % 11 == 0:
            with lock:
                time.sleep(0.0001)
    for r, (tag, text, big, n, last, msg) in enumerate(mine):
        want = '-'.join(str(i) * 3 for i in range(20))
        if (tag != 't%d-r%d' % (idx, r) or text != want or big != 2 ** (64 + r % 50) + idx or n != 30
                or last != [14, 196, '14'] or msg != tag):
            errors.append('mine %d %d' % (idx, r))
    if local.name != 'worker-%d' % idx:
        errors.append('local %d' % idx)


def churn(n):
    # Threads that start and end while others allocate: a collection must
    # never see a thread state that is half set up or half torn down.
    for i in range(n):
        box = []
        t = threading.Thread(target=lambda: box.append([str(i)] * 10))
        t.start()
        t.join()
        if box != [[str(i)] * 10]:
            errors.append('churn %d' % i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(NTHREADS)]
threads.append(threading.Thread(target=churn, args=(ROUNDS // 2,)))
for t in threads:
    t.start()
# The main thread allocates too while the others run.
main_rows = []
for i in range(ROUNDS * 3):
    main_rows.append({'k': str(i), 'v': [i] * 4})
for t in threads:
    t.join()

print('errors', errors)
print('list', len(shared_list), sorted(shared_list) == sorted((i, r, 't%d-r%d' % (i, r))
                                                            for i in range(NTHREADS) for r in range(ROUNDS)))
print('dict', len(shared_dict), all(v[0] == int(k[1:k.index('-')]) for k, v in shared_dict.items()))
print('set', len(shared_set), shared_set == set(shared_dict))
print('deque', len(shared_deque), all(x in shared_set for x in shared_deque))
print('main', len(main_rows), main_rows[-1] == {'k': str(ROUNDS * 3 - 1), 'v': [ROUNDS * 3 - 1] * 4})
print('ok')
