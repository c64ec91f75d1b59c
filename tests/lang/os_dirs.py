# Directories: mkdir, makedirs, listdir, rename/replace, remove, rmdir,
# removedirs, chdir/getcwd.
import os

base = '/tmp/gilpy_test_os_dirs'


def rmtree(top):
    if not os.path.isdir(top):
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(top)


rmtree(base)
os.mkdir(base)
os.makedirs(base + '/a/b/c')
os.makedirs(base + '/a/b/c', exist_ok=True)
os.makedirs(base + '/x/', exist_ok=True)
for n in ['one.txt', 'two.txt', 'a/three.txt']:
    with open(os.path.join(base, n), 'w') as f:
        f.write(n)
print(sorted(os.listdir(base)), sorted(os.listdir(base + '/a')), os.listdir(base + '/a/b/c'))
print(sorted(os.listdir(base.encode())))

os.rename(base + '/one.txt', base + '/uno.txt')
os.replace(base + '/two.txt', base + '/uno.txt')
print(sorted(os.listdir(base)), open(base + '/uno.txt').read())
os.rename(base + '/x', base + '/y')
print(os.path.isdir(base + '/y'), os.path.exists(base + '/x'))

old = os.getcwd()
os.chdir(base + '/a')
print(os.getcwd() == base + '/a', sorted(os.listdir()), sorted(os.listdir('.')), os.path.isfile('three.txt'))
print(os.getcwdb() == (base + '/a').encode(), os.path.abspath('b') == base + '/a/b')
os.chdir('..')
print(os.getcwd() == base)
os.chdir(old)
print(os.getcwd() == old)

errors = [
    ('mkdir existing', lambda: os.mkdir(base)),
    ('makedirs existing', lambda: os.makedirs(base + '/a')),
    ('rmdir non-empty', lambda: os.rmdir(base + '/a')),
    ('rmdir missing', lambda: os.rmdir(base + '/nope')),
    ('remove dir', lambda: os.remove(base + '/y')),
    ('unlink missing', lambda: os.unlink(base + '/nope')),
    ('listdir file', lambda: os.listdir(base + '/uno.txt')),
    ('chdir missing', lambda: os.chdir(base + '/nope')),
    ('mkdir no parent', lambda: os.mkdir(base + '/p/q')),
]
for label, fn in errors:
    try:
        fn()
        print(label, 'ok')
    except OSError as e:
        print(label, '->', type(e).__name__, e.errno, e.strerror, e.filename.replace(base, 'BASE'))
try:
    os.rename(base + '/nope', base + '/other')
except OSError as e:
    print(type(e).__name__, e.filename.replace(base, 'BASE'), e.filename2.replace(base, 'BASE'))
    print(str(e).replace(base, 'BASE'))

os.remove(base + '/uno.txt')
os.unlink(base + '/a/three.txt')
os.removedirs(base + '/a/b/c')
os.rmdir(base + '/y')
print(os.path.exists(base))
