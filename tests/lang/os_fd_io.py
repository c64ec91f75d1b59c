# File descriptor I/O: open/read/write/lseek/close, pipes, dup and dup2.
import os

base = '/tmp/gilpy_test_os_fd_io'
name = base + '.txt'
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2, os.write(fd, b'hello, '), os.write(fd, bytearray(b'world\n')))
print(os.write(fd, b'xyz'), os.write(fd, b''))
os.close(fd)

fd = os.open(name, os.O_RDWR)
print(os.read(fd, 5), os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR))
print(os.read(fd, 100), os.read(fd, 100), os.lseek(fd, -4, os.SEEK_END), os.read(fd, 2))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 0), os.fstat(fd).st_size)
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size, os.lseek(fd, 0, 0), os.read(fd, 10))
print(os.isatty(fd), os.get_inheritable(fd), os.get_blocking(fd))
os.set_inheritable(fd, True)
print(os.get_inheritable(fd))

d = os.dup(fd)
print(d != fd, os.get_inheritable(d), os.lseek(d, 1, 0), os.read(fd, 2))
target = d + 5
print(os.dup2(fd, target) == target, os.get_inheritable(target), os.dup2(fd, target, inheritable=False), os.get_inheritable(target))
os.close(target)
os.close(d)
os.close(fd)

fd = os.open(name, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!')
os.close(fd)
with open(name, 'rb') as f:
    print(f.read())

r, w = os.pipe()
print(os.get_inheritable(r), os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)

# open() accepts the descriptors os.open returns.
fd = os.open(name, os.O_RDONLY)
with open(fd, 'r') as f:
    print(repr(f.read()))
try:
    os.close(fd)
except OSError as e:
    print('already closed:', e.errno == 9, e.strerror)

try:
    os.open(name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print('FileExistsError:', e.errno, e.strerror, e.filename == name)
os.remove(name)
print(os.path.exists(name))

# fdopen wraps a descriptor in a file object.
r, w = os.pipe()
with os.fdopen(w, 'w') as f:
    f.write('via fdopen\n')
with os.fdopen(r, 'rb') as f:
    print(f.read())
try:
    os.fdopen('3')
except TypeError as e:
    print('TypeError:', e)
