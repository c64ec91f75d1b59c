# Many threads hammering shared dicts, lists and sets, with and without locks.
import threading

N_THREADS = 16
N_OPS = 3000
shared_list = []
shared_dict = {}
shared_set = set()
counts = {}
lock = threading.Lock()


def hammer(tid):
    local = 0
    for i in range(N_OPS):
        key = (tid, i)
        shared_list.append(key)          # atomic under the GIL
        shared_dict[key] = i             # atomic under the GIL
        shared_set.add(i % 100)
        if i % 7 == 0:
            shared_dict.pop(key)
        with lock:
            counts[tid] = counts.get(tid, 0) + 1
        local += len(shared_list) > 0
    with lock:
        counts['local%d' % tid] = local


ts = [threading.Thread(target=hammer, args=(t,)) for t in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared_list), len(shared_dict), len(shared_set))
print(sum(counts[t] for t in range(N_THREADS)), all(counts['local%d' % t] == N_OPS for t in range(N_THREADS)))
per_thread = [0] * N_THREADS
for tid, i in shared_list:
    per_thread[tid] += 1
print(set(per_thread) == {N_OPS}, sorted(set(v for v in shared_dict.values()))[:5])
