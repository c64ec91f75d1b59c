# OSError from the posix functions: subclass by errno, errno/strerror/
# filename attributes, and the TypeErrors and ValueErrors of bad arguments.
import os

missing = '/tmp/gilpy_test_os_errors_missing'
calls = [
    ('stat', lambda: os.stat(missing)),
    ('lstat bytes', lambda: os.lstat(missing.encode())),
    ('open', lambda: os.open(missing, os.O_RDONLY)),
    ('listdir', lambda: os.listdir(missing)),
    ('remove', lambda: os.remove(missing)),
    ('readlink', lambda: os.readlink(missing)),
    ('chmod', lambda: os.chmod(missing, 0o600)),
    ('read bad fd', lambda: os.read(987, 1)),
    ('write bad fd', lambda: os.write(987, b'x')),
    ('close bad fd', lambda: os.close(987)),
    ('fstat bad fd', lambda: os.fstat(987)),
    ('lseek bad fd', lambda: os.lseek(987, 0, 0)),
    ('dup bad fd', lambda: os.dup(987)),
    ('read negative', lambda: os.read(0, -1)),
    ('kill no process', lambda: os.kill(2**22 + 12345, 0)),
    ('stat fd', lambda: os.stat(987)),
]
for label, fn in calls:
    try:
        fn()
        print(label, 'ok')
    except OSError as e:
        fname = e.filename
        if isinstance(fname, (str, bytes)):
            fname = type(fname).__name__ + ' path'
        print(label, '->', type(e).__name__, e.errno, e.strerror, fname, isinstance(e, OSError))

try:
    os.stat(missing)
except FileNotFoundError as e:
    print(str(e) == "[Errno 2] No such file or directory: '%s'" % missing, e.args)

bad = [
    ('stat(1.5)', lambda: os.stat(1.5)),
    ('stat(None)', lambda: os.stat(None)),
    ('open(3, 0)', lambda: os.open(3, 0)),
    ('listdir(1.5)', lambda: os.listdir(1.5)),
    ('mkdir(None)', lambda: os.mkdir(None)),
    ('stat NUL str', lambda: os.stat('a\0b')),
    ('stat NUL bytes', lambda: os.stat(b'a\0b')),
    ('read("x", 1)', lambda: os.read('x', 1)),
    ('read(0)', lambda: os.read(0)),
    ('read kw', lambda: os.read(fd=0, length=1)),
    ('write str', lambda: os.write(1, 'text')),
    ('close 2**40', lambda: os.close(2**40)),
    ('open no flags', lambda: os.open('x')),
    ('stat no args', lambda: os.stat()),
    ('getcwd(1)', lambda: os.getcwd(1)),
    ('listdir 2 args', lambda: os.listdir('.', 1)),
    ('stat(2**40)', lambda: os.stat(2**40)),
    ('fspath(3)', lambda: os.fspath(3)),
    ('urandom(-1)', lambda: os.urandom(-1)),
    ('strerror("x")', lambda: os.strerror('x')),
]
for label, fn in bad:
    try:
        fn()
        print(label, 'ok')
    except (TypeError, ValueError, OverflowError) as e:
        print(label, '->', type(e).__name__ + ':', e)


class BadPath:
    def __fspath__(self):
        return 42


try:
    os.stat(BadPath())
except TypeError as e:
    print('TypeError:', e)
