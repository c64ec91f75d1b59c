# waitpid and wait: children started with posix_spawn, their exit
# statuses through the W* functions, WNOHANG, and the errors
# (ChildProcessError "[Errno 10] No child processes").
import os, signal

def t(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

t(os.waitpid, -1, 0)
t(os.waitpid, -1, os.WNOHANG)
t(os.wait)
t(os.waitpid, 'x', 0)
t(os.waitpid, 1)
t(os.waitpid, -1, 0, 1)
t(os.waitpid, pid=1, options=0)
t(os.wait, 1)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(e.errno, e.strerror, isinstance(e, OSError))

def spawn(code):
    return os.posix_spawn('/bin/sh', ['sh', '-c', code], {})

pid = spawn('exit 3')
rpid, st = os.waitpid(pid, 0)
print(rpid == pid, st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st),
      os.waitstatus_to_exitcode(st))

pid = spawn('kill -9 $$')
rpid, st = os.waitpid(pid, 0)
print(rpid == pid, os.WIFEXITED(st), os.WIFSIGNALED(st), os.WTERMSIG(st) == signal.SIGKILL,
      os.waitstatus_to_exitcode(st))

# WNOHANG: (0, 0) while the child runs.
pid = spawn('sleep 0.3')
print(os.waitpid(pid, os.WNOHANG))
rpid, st = os.waitpid(pid, 0)
print(rpid == pid, os.waitstatus_to_exitcode(st))

# wait() takes any child; waitpid(-1, ...) too.
pids = {spawn('exit %d' % i) for i in (1, 2)}
codes = []
for i in range(2):
    rpid, st = os.wait() if i == 0 else os.waitpid(-1, 0)
    pids.discard(rpid)
    codes.append(os.WEXITSTATUS(st))
print(pids, sorted(codes))
t(os.waitpid, pid, 0)

# posix_spawnp searches PATH; file_actions redirect the child's output.
pid = os.posix_spawnp('sh', ['sh', '-c', 'echo to devnull'], os.environ,
                      file_actions=[(os.POSIX_SPAWN_OPEN, 1, '/dev/null', os.O_WRONLY, 0)])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
t(os.posix_spawn, '/nonexistent/prog', ['x'], {})
t(os.posix_spawnp, 'gilpy-no-such-command', ['x'], {})
t(os.posix_spawn, '/bin/true', [], {})
t(os.posix_spawn, '/bin/true', 'x', {})
t(os.posix_spawn, '/bin/true', ['true'], None)
t(os.posix_spawn, '/bin/true', ['true'], {'a=b': 'c'})
t(os.posix_spawn, '/bin/true', ['true', 1], {})
t(os.posix_spawn, '/bin/true')
t(os.posix_spawn, '/bin/true', ['true'], {}, file_actions=[(99,)])
t(os.posix_spawn, '/bin/true', ['true'], {}, bogus=1)

# The status functions on made-up statuses.
for st in (0, 256, 0x0900, 9, 0x8b, 0x137f, 0xffff):
    print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.WIFSIGNALED(st), os.WTERMSIG(st),
          os.WIFSTOPPED(st), os.WSTOPSIG(st), os.WIFCONTINUED(st), os.WCOREDUMP(st))
for st in (256, 9, 0x137f, -1, 'x'):
    t(os.waitstatus_to_exitcode, st)
t(os.WIFEXITED, status=1)
t(os.WEXITSTATUS)
t(os.WEXITSTATUS, 1, 2)
t(os.WIFEXITED, 'x')
t(os.WIFEXITED, 2 ** 40)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
