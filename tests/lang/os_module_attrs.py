# os module constants, os.path as a submodule, fspath and PathLike.
import os
import os.path
import sys
import posix

print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull)
print(os.path is sys.modules['os.path'], os.path.__name__, os.error is OSError, posix.error is OSError)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_ACCMODE)
print(all(isinstance(getattr(os, n), int) for n in ['O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'O_NONBLOCK', 'O_CLOEXEC']))
print(os.stat is posix.stat, os.getcwd is posix.getcwd, os.stat_result is posix.stat_result)
print(os.stat_result.__name__, os.stat_result.__module__, os.terminal_size.__module__, os.times_result.__module__)
print(isinstance(posix.environ, dict), all(isinstance(k, bytes) for k in posix.environ))
print('makedirs' in os.__all__, 'walk' in os.__all__, 'stat' in os.__all__)


class Loc(os.PathLike):
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('s'), os.fspath(b'b'), os.fspath(Loc('/x/y')), os.fspath(path=Loc(b'z')))
print(os.path.join(Loc('/tmp'), 'f'), os.path.exists(Loc('/')), os.stat(Loc('/')).st_size >= 0)
print(isinstance(Loc('a'), os.PathLike))
for bad in [3, None, Loc(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError:', e)

# open() and friends accept path-like objects.
name = Loc('/tmp/gilpy_test_os_module_attrs.txt')
with open(name, 'w') as f:
    f.write('via PathLike')
print(os.path.getsize(name), open(os.fspath(name)).read())
os.remove(name)
print(os.path.exists(name))
