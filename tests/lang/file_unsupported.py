# io.UnsupportedOperation: reading write-only files and the reverse.
path = '/tmp/gilpy_test_file_unsupported.txt'
def attempt(f, name, *args):
    try:
        print(name, repr(getattr(f, name)(*args)))
    except OSError as e:
        print(name, type(e).__name__ + ':', e, isinstance(e, OSError))
w = open(path, 'w')
attempt(w, 'read')
attempt(w, 'readline')
attempt(w, 'readlines')
attempt(w, 'readable')
attempt(w, 'write', 'ok\n')
w.close()
r = open(path)
attempt(r, 'write', 'x')
attempt(r, 'writelines', ['x'])
attempt(r, 'writable')
attempt(r, 'truncate')
attempt(r, 'read')
r.close()
wb = open(path, 'wb')
attempt(wb, 'read')
attempt(wb, 'read1')
attempt(wb, 'readline')
attempt(wb, 'readinto', bytearray(3))
attempt(wb, 'write', b'bytes\n')
wb.close()
rb = open(path, 'rb')
attempt(rb, 'write', b'x')
attempt(rb, 'truncate', 0)
attempt(rb, 'read')
rb.close()
raw = open(path, 'rb', buffering=0)
attempt(raw, 'write', b'x')
raw.close()
raw = open(path, 'ab', buffering=0)
attempt(raw, 'read')
attempt(raw, 'write', b'more\n')
raw.close()
print(open(path, 'rb').read())
try:
    next(open(path, 'w'))
except OSError as e:
    print('next:', type(e).__name__, e)
f = open(path, 'a')
try:
    for line in f:
        print(line)
except OSError as e:
    print('for:', e)
f.close()
