# os.walk (top-down and bottom-up) and os.scandir's DirEntry objects.
import os

base = '/tmp/gilpy_test_os_walk'


def rmtree(top):
    if not os.path.lexists(top):
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            full = os.path.join(dirpath, d)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(top)


def rel(p):
    return p.replace(base, 'BASE')


rmtree(base)
os.makedirs(base + '/src/pkg')
os.makedirs(base + '/docs')
for n in ['README', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/mod.py', 'docs/index.txt']:
    with open(base + '/' + n, 'w') as f:
        f.write(n * 3)
os.symlink(base + '/docs', base + '/src/docs_link')

for dirpath, dirs, files in os.walk(base):
    dirs.sort()
    print(rel(dirpath), dirs, sorted(files))
print('---')
print(sorted((rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base, topdown=False)))
print(sorted(rel(d) for d, ds, fs in os.walk(base, followlinks=True)))

# Pruning dirs in place stops the descent.
for dirpath, dirs, files in os.walk(base):
    if 'src' in dirs:
        dirs.remove('src')
    print('pruned', rel(dirpath), sorted(files))

errors = []
print(list(os.walk(base + '/missing', onerror=errors.append)), type(errors[0]).__name__, errors[0].errno)

with os.scandir(base + '/src') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False))
    print('  ', e.stat().st_size if e.is_file() else '-', e.inode() == os.lstat(e.path).st_ino, rel(os.fspath(e)))

old = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()), sorted(e.name for e in os.scandir(b'docs')))
os.chdir(old)
try:
    os.scandir(base + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, rel(e.filename))
rmtree(base)
print(os.path.exists(base))
