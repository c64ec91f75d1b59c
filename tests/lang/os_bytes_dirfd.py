# bytes paths give bytes names; dir_fd and descriptors stand for directories.
import os

base = '/tmp/gilpy_test_os_bytes_dirfd'
for n in ['a.txt', 'b.txt', 'c.txt']:
    if os.path.exists(base + '/' + n):
        os.remove(base + '/' + n)
for d in [base + '/newdir', base + '/sub', base]:
    if os.path.isdir(d):
        os.rmdir(d)
os.mkdir(base.encode())
open(base + '/a.txt', 'w').close()
os.mkdir(base + '/sub')

print(sorted(os.listdir(base.encode())))
print(sorted(repr(e) for e in os.scandir(base.encode())))
print(sorted(e.path.replace(base.encode(), b'BASE') for e in os.scandir(base.encode())))
print([(d.replace(base.encode(), b'BASE'), sorted(ds), fs) for d, ds, fs in os.walk(base.encode() + b'/sub')])
print(os.path.join(b'a', b'b'), os.path.normpath(b'a//b/..'), os.path.basename(b'/x/y.z'))

fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY)
print(sorted(os.listdir(fd)), sorted(os.listdir(fd)))
print(os.stat('a.txt', dir_fd=fd).st_size, os.path.isdir(base + '/sub'))
os.mkdir('newdir', dir_fd=fd)
print(os.path.isdir(base + '/newdir'))
os.rmdir('newdir', dir_fd=fd)
os.rename('a.txt', 'b.txt', src_dir_fd=fd, dst_dir_fd=fd)
os.link(base + '/b.txt', base + '/c.txt')
print(sorted(os.listdir(fd)), os.stat(base + '/b.txt').st_nlink)
os.unlink('c.txt', dir_fd=fd)
old = os.getcwd()
os.chdir(fd)
print(os.getcwd() == base, sorted(os.listdir()))
os.chdir(old)
os.close(fd)

try:
    os.listdir(base + '/b.txt')
except NotADirectoryError as e:
    print('NotADirectoryError:', e.errno, e.strerror)
try:
    os.stat(base + '/b.txt/x')
except NotADirectoryError as e:
    print('NotADirectoryError:', e.errno)
print(os.path.exists(base + '/b.txt\0'), os.path.isdir(12345678), os.path.isfile(b'/nonexistent'))

os.remove(base + '/b.txt')
os.rmdir(base + '/sub')
os.rmdir(base.encode())
print(os.path.exists(base))
