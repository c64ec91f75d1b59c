# os.environ (a mapping kept in step with the process environment),
# getenv, putenv/unsetenv, fsencode/fsdecode.
import os

print(type(os.environ).__name__, 'PATH' in os.environ, isinstance(os.environ['PATH'], str))
print(os.getenv('GILPY_TEST_NOPE'), os.getenv('GILPY_TEST_NOPE', 'fallback'))
os.environ['GILPY_TEST_A'] = 'alpha'
print(os.environ['GILPY_TEST_A'], os.getenv('GILPY_TEST_A'), os.environ.get('GILPY_TEST_A'), 'GILPY_TEST_A' in os.environ)
print(os.system('test "$GILPY_TEST_A" = alpha'), os.system('exit 3') >> 8)
print(os.environ.setdefault('GILPY_TEST_B', 'beta'), os.environ.setdefault('GILPY_TEST_B', 'other'))
print(os.environ.pop('GILPY_TEST_B'), os.environ.pop('GILPY_TEST_B', 'gone'), 'GILPY_TEST_B' in os.environ)
os.environ.update({'GILPY_TEST_C': 'c1'}, GILPY_TEST_D='d1')
print(sorted(k for k in os.environ if k.startswith('GILPY_TEST_')))
copy = os.environ.copy()
print(type(copy).__name__, copy['GILPY_TEST_C'], len(copy) == len(os.environ))
print(sorted(k for k in os.environ.keys() if k.startswith('GILPY_TEST_')))
print(sorted(v for k, v in os.environ.items() if k.startswith('GILPY_TEST_')))
del os.environ['GILPY_TEST_C']
print(os.system('test -z "$GILPY_TEST_C"'), os.getenv('GILPY_TEST_C'))
merged = os.environ | {'GILPY_TEST_E': 'e'}
print(type(merged).__name__, merged['GILPY_TEST_E'], 'GILPY_TEST_E' in os.environ)

os.putenv('GILPY_TEST_P', 'p')
print('GILPY_TEST_P' in os.environ, os.system('test "$GILPY_TEST_P" = p'))
os.unsetenv('GILPY_TEST_P')
print(os.system('test -z "$GILPY_TEST_P"'))

errors = [
    ('environ[missing]', lambda: os.environ['GILPY_TEST_NOPE']),
    ('environ[1]', lambda: os.environ[1]),
    ('set int value', lambda: os.environ.__setitem__('GILPY_TEST_X', 1)),
    ('del missing', lambda: os.environ.__delitem__('GILPY_TEST_NOPE')),
    ('getenv(3)', lambda: os.getenv(3)),
    ('putenv a=b', lambda: os.putenv('a=b', 'x')),
    ('putenv NUL', lambda: os.putenv('a', 'x\0')),
    ('putenv int', lambda: os.putenv(1, 'x')),
    ('putenv empty', lambda: os.putenv('', 'x')),
]
for label, fn in errors:
    try:
        fn()
        print(label, 'ok')
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(label, '->', type(e).__name__ + ':', e)

print(os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), os.fsencode(b'raw'), os.fsdecode('str'))
print(os.fsdecode(b'\xff\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')) == '\udcff\udcfe')
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
for key in ['GILPY_TEST_A', 'GILPY_TEST_D']:
    del os.environ[key]
print(sorted(k for k in os.environ if k.startswith('GILPY_TEST_')))
try:
    print(1 in os.environ)
except TypeError as e:
    print('TypeError:', e)
os.environ['GILPY_TEST_Z'] = 'z'
print(os.environ == dict(os.environ), os.environ != {}, len(os.environ) == len(list(os.environ)))
del os.environ['GILPY_TEST_Z']
