# CPU affinity, process groups and sessions, pipe2, and the blocking flag
# of descriptors.
import os

def t(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) and c >= 0 for c in cpus))
print(os.sched_getaffinity(os.getpid()) == cpus)
one = {min(cpus)}
os.sched_setaffinity(0, one)
print(os.sched_getaffinity(0) == one)
os.sched_setaffinity(0, list(cpus))
print(os.sched_getaffinity(0) == cpus)
t(os.sched_getaffinity)
t(os.sched_getaffinity, 'x')
t(os.sched_getaffinity, 999999999)
t(os.sched_setaffinity, 0)
t(os.sched_setaffinity, 0, [])
t(os.sched_setaffinity, 0, [-1])
t(os.sched_setaffinity, 0, ['x'])
t(os.sched_setaffinity, 0, 5)
t(os.sched_setaffinity, 0, [2 ** 40])
t(os.sched_setaffinity, 999999999, cpus)
print(os.sched_yield())

print(os.getpgid(0) == os.getpgrp(), os.getpgid(os.getpid()) == os.getpgrp())
# The session id is 0 when the session leader lies outside this PID
# namespace (as in some CI containers), so only its sign is fixed.
print(os.getsid(0) == os.getsid(os.getpid()) >= 0)
t(os.getpgid, 999999999)
t(os.getpgid)
t(os.getpgid, 'x')
t(os.getsid, 999999999)
t(os.setpgid, 999999999, 0)
t(os.setpgid, 0)

r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(r)
os.close(w)
r, w = os.pipe2(0)
print(os.get_blocking(r), os.get_inheritable(r))
os.close(r)
os.close(w)
t(os.pipe2)
t(os.pipe2, 'x')
t(os.pipe2, -1)
t(os.get_blocking, r)
print(hasattr(os, 'posix_spawn'), hasattr(os, 'waitpid'), hasattr(os, 'WNOHANG'))
