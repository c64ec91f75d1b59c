# open() argument errors, in CPython's order and words.
path = '/tmp/gilpy_test_file_open_errors.txt'
open(path, 'w').close()
def attempt(*args, **kw):
    try:
        f = open(*args, **kw)
        print('ok', type(f).__name__, f.mode)
        f.close()
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(path, 'q')
attempt(path, 'rr')
attempt(path, 'rw')
attempt(path, 'r+w')
attempt(path, 'rbt')
attempt(path, 'b')
attempt(path, '+')
attempt(path, '')
attempt(path, 'br')
attempt(path, 'tr')
attempt(path, 'rb', encoding='utf-8')
attempt(path, 'rb', errors='strict')
attempt(path, 'wb', newline='\n')
attempt(path, 'r', buffering=0)
attempt(path, mode=3)
attempt(path, encoding=3)
attempt(path, errors=3)
attempt(path, buffering='x')
attempt(path, closefd=False)
attempt(-1)
attempt(3.5)
attempt(None)
attempt(['x'])
attempt()
attempt(path, 'r', -1, None, None, None, True, None, 1)
attempt(path, bogus=1)
attempt('/tmp/gilpy_test_no_such_dir/file.txt')
attempt('')
attempt('a\0b')
attempt('/tmp')
attempt('/tmp', 'w')
attempt('/tmp/gilpy_test_no_such_dir/f', 'w')
try:
    open('/tmp/gilpy_test_no_such_file.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, repr(e.filename), e.args)
except OSError as e:
    print('wrong', e)
try:
    open(path, 'x')
except OSError as e:
    print(type(e).__name__, isinstance(e, FileExistsError), e.errno)
