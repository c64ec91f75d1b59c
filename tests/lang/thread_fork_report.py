# Forked children reporting back to the parent: through a pipe, through
# the exit status, and after starting threads of their own (the child keeps
# only the forking thread and a working GIL).
import os, sys, threading, signal

def child_sum(n):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, str(sum(range(n))).encode())
        os.close(w)
        os._exit(0)
    os.close(w)
    out = b''
    while True:
        b = os.read(r, 100)
        if not b:
            break
        out += b
    os.close(r)
    _, status = os.waitpid(pid, 0)
    return int(out), os.WEXITSTATUS(status)

print(child_sum(1000), child_sum(10 ** 6))

# Exit statuses of several children, collected in any order.
pids = {}
for code in (0, 1, 5, 42):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    pids[pid] = code
got = {}
while pids:
    pid, status = os.wait()
    got[pids.pop(pid)] = os.WEXITSTATUS(status)
print(sorted(got.items()))

# The child starts threads again, they share a lock, and it reports the
# total through a pipe.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    total = [0]
    lock = threading.Lock()
    def work(k):
        for i in range(1000):
            with lock:
                total[0] += k
    ts = [threading.Thread(target=work, args=(k,)) for k in range(1, 5)]
    for t in ts: t.start()
    for t in ts: t.join()
    os.write(w, ('%d %d' % (total[0], threading.active_count())).encode())
    os._exit(3)
os.close(w)
msg = os.read(r, 100).decode()
os.close(r)
_, status = os.waitpid(pid, 0)
print(msg, os.WIFEXITED(status), os.WEXITSTATUS(status))

# A child killed by a signal, and one ended by sys.exit through the usual
# exit path (its buffered output is flushed once, by the child).
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('child says goodbye')
    sys.exit(9)
_, status = os.waitpid(pid, 0)
print('parent', os.WEXITSTATUS(status))
