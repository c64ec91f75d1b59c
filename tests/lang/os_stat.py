# os.stat, lstat and fstat: stat_result fields, the stat module's tests.
import os
import stat

base = '/tmp/gilpy_test_os_stat'
for n in [base + '/link', base + '/dangling', base + '/f.bin']:
    if os.path.lexists(n):
        os.remove(n)
if not os.path.isdir(base):
    os.mkdir(base)
name = base + '/f.bin'
with open(name, 'wb') as f:
    f.write(b'x' * 1234)
os.chmod(name, 0o640)

st = os.stat(name)
print(type(st).__name__, len(st), st.st_size, st[6], st[stat.ST_SIZE], oct(stat.S_IMODE(st.st_mode)))
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime), type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8], st.st_nlink, st.st_uid == os.getuid(), st.st_ino == st[1], st.st_blksize > 0)
print(tuple(st) == st[:], st == tuple(st), isinstance(st, tuple), repr(st).startswith('os.stat_result(st_mode='))

dst = os.stat(base)
print(stat.S_ISDIR(dst.st_mode), stat.filemode(dst.st_mode)[0], os.path.isdir(base), os.path.getsize(name))

os.symlink(name, base + '/link')
os.symlink(base + '/missing', base + '/dangling')
lst = os.lstat(base + '/link')
print(stat.S_ISLNK(lst.st_mode), stat.S_ISLNK(os.stat(base + '/link').st_mode), os.stat(base + '/link').st_size)
print(os.stat(base + '/link', follow_symlinks=False) == lst, os.readlink(base + '/link') == name)
print(os.path.islink(base + '/link'), os.path.exists(base + '/dangling'), os.path.lexists(base + '/dangling'))
print(os.path.realpath(base + '/link') == name, os.path.samefile(name, base + '/link'))

with open(name, 'rb') as f:
    fst = os.fstat(f.fileno())
    print(fst.st_ino == st.st_ino, os.path.sameopenfile(f.fileno(), f.fileno()))

os.utime(name, (1000000000, 1500000000.25))
st = os.stat(name)
print(st.st_atime, st.st_mtime, st[7], st[8], os.path.getmtime(name), os.path.getatime(name))
os.utime(name, ns=(5 * 10**9, 7 * 10**9 + 3))
print(os.stat(name).st_mtime_ns, os.stat(name).st_atime_ns)
os.truncate(name, 10)
print(os.path.getsize(name), os.access(name, os.R_OK), os.access(base + '/none', os.F_OK))

sr = os.stat_result(range(10))
print(sr, sr.st_mtime, sr.st_atime_ns)
print(os.stat_result(range(16)).st_atime)
for bad in [range(9), range(20), 5]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError:', e)

for n in [base + '/link', base + '/dangling', name]:
    os.remove(n)
os.rmdir(base)
