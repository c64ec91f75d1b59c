# Process-level calls: ids, kill, times, uname, umask, cpu_count,
# strerror, urandom, terminal size and system.
import os

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getppid() > 0, os.getppid() != pid)
print(os.getuid() >= 0, os.geteuid() >= 0, os.getgid() >= 0, os.getegid() >= 0)
print(os.kill(pid, 0))

t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.system >= 0, t.elapsed == t[4], type(t.children_user).__name__)
print(repr(t).startswith('posix.times_result(user='))
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u.sysname == u[0], all(isinstance(x, str) for x in u))
print(repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))

old = os.umask(0o027)
print(os.umask(old) == 0o027)
print(os.cpu_count() >= 1, type(os.cpu_count()).__name__)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(0), '|', os.strerror(99999))
r = os.urandom(16)
print(type(r).__name__, len(r), r != os.urandom(16), os.urandom(0))

name = '/tmp/gilpy_test_os_process.txt'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
try:
    os.get_terminal_size(fd)
except OSError as e:
    print('OSError:', e.errno, e.strerror)
os.close(fd)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError:', e)

status = os.system('exit 7')
print(status, os.waitstatus_to_exitcode(status), os.system('true'))
print(os.system('echo from the shell >> ' + name))
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
print(os.access(name, os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
