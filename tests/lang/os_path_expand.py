# expanduser, expandvars, abspath and realpath.
import os
import os.path as p

os.environ['HOME'] = '/home/tester'
os.environ['GILPY_V'] = 'value'
os.environ['GILPY_EMPTY'] = ''
for s in ['~', '~/', '~/x/y', '~x', 'a/~', '', '/~']:
    print(repr(s), '->', repr(p.expanduser(s)))
print(p.expanduser(b'~/b'))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/z'))
for s in ['$GILPY_V', '${GILPY_V}', 'a$GILPY_V.b', '$GILPY_Vx', '$GILPY_NOPE', '${GILPY_NOPE}',
          '$', 'x$', '${', '${GILPY_V', '$$GILPY_V', '[$GILPY_EMPTY]', 'no dollars', '$1abc', '$ü']:
    print(repr(s), '->', repr(p.expandvars(s)))
print(p.expandvars(b'$GILPY_V/${GILPY_V}/$GILPY_NOPE'))

cwd = os.getcwd()
print(p.abspath('.') == cwd, p.abspath('x/../y') == p.join(cwd, 'y'), p.abspath('/a/./b/'))
print(p.abspath(b'/q//r') , p.isabs(p.abspath('rel')))

base = '/tmp/gilpy_test_os_expand'
for n in ['l1', 'l2', 'loop', 'dir/f']:
    if p.lexists(base + '/' + n):
        os.remove(base + '/' + n)
if not p.isdir(base + '/dir'):
    os.makedirs(base + '/dir')
open(base + '/dir/f', 'w').close()
os.symlink('dir', base + '/l1')
os.symlink(base + '/l1/f', base + '/l2')
os.symlink('loop', base + '/loop')
print(p.realpath(base + '/l1') == base + '/dir', p.realpath(base + '/l2') == base + '/dir/f')
print(p.realpath(base + '/l1/../l1/f') == base + '/dir/f', p.realpath(base + '/loop') == base + '/loop')
print(p.realpath(base + '/nope/../dir') == base + '/dir', p.realpath('/') , p.realpath('//'))
try:
    p.realpath(base + '/loop', strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
for n in ['l1', 'l2', 'loop', 'dir/f']:
    os.remove(base + '/' + n)
os.rmdir(base + '/dir')
os.rmdir(base)
print(p.exists(base))
