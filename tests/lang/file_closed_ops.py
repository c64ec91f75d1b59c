# Operations on closed files: the exact messages for each kind of file.
path = '/tmp/gilpy_test_file_closed_ops.txt'
open(path, 'w').close()
def attempt(f, name, *args):
    try:
        r = getattr(f, name)(*args)
        print(name, 'ok', repr(r))
    except (ValueError, OSError) as e:
        print(name, type(e).__name__ + ':', e)
names = ['read', 'readline', 'readlines', 'write', 'writelines', 'seek', 'tell',
         'truncate', 'flush', 'fileno', 'isatty', 'readable', 'writable', 'seekable',
         '__next__', '__iter__', '__enter__', 'close']
args = {'write': ('x',), 'writelines': (['x'],), 'seek': (0,)}
for mode in ['r', 'w', 'r+']:
    f = open(path, mode)
    f.close()
    print('--', mode, f.closed)
    for name in names:
        attempt(f, name, *args.get(name, ()))
args = {'write': (b'x',), 'writelines': ([b'x'],), 'seek': (0,)}
for mode in ['rb', 'wb', 'r+b']:
    f = open(path, mode)
    f.close()
    print('--', mode, f.closed)
    for name in names:
        attempt(f, name, *args.get(name, ()))
f = open(path, 'rb', buffering=0)
f.close()
print('-- raw', f.closed)
for name in names:
    attempt(f, name, *args.get(name, ()))
