# queue: FIFO, LIFO, priority and simple queues between threads; task_done/join; Empty/Full.
import queue
import threading

q = queue.Queue()
results = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()


ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(50):
    q.put(i)
q.join()
for _ in ws:
    q.put(None)
for w in ws:
    w.join()
print(len(results), sum(results), q.empty(), q.qsize(), q.unfinished_tasks)

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait(3)
except queue.Full:
    print('Full')
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
print(bounded.get(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty:
    print('Empty')
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    bounded.task_done()
except ValueError as e:
    print('ValueError:', e)

lifo = queue.LifoQueue()
for x in 'abc':
    lifo.put(x)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    pq.put((x, 'p%d' % x))
print([pq.get()[1] for _ in range(5)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

pipe_in, pipe_out = queue.Queue(), queue.Queue()


def stage():
    while (x := pipe_in.get()) is not None:
        pipe_out.put(x + 1)
    pipe_out.put(None)


st = threading.Thread(target=stage)
st.start()
for i in range(5):
    pipe_in.put(i)
pipe_in.put(None)
got = []
while (y := pipe_out.get()) is not None:
    got.append(y)
st.join()
print(got)
