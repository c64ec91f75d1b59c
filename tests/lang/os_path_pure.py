# os.path string operations: no file system access, str and bytes alike.
import os.path as p

for a in ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b', '//a/b', '.x', 'a/.x', 'a.b/c', 'x.tar.gz', '..', 'a/..b']:
    print(repr(a), p.split(a), p.dirname(a), repr(p.basename(a)), p.splitext(a), p.isabs(a))
print(p.join('a'), p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.join(b'a', b'b'), p.split(b'/x/y'), p.splitext(b'f.txt'), p.basename(b'/q/r'), p.dirname(b'/q/r'))
for a in ['', '.', '/', '//', '///', 'a/./b', 'a/../b', '../a', 'a/b/../../..', '/../x', '//a//b//', 'a/b/', './']:
    print(repr(a), '->', repr(p.normpath(a)))
print(p.normpath(b'/a/./b/../c'), p.normcase('AbC'), p.splitdrive('/x/y'))
print(p.splitroot('/a'), p.splitroot('//a'), p.splitroot('///a'), p.splitroot('a/b'), p.splitroot(b'/x'))
print(p.commonprefix(['interstellar', 'internet', 'interval']), repr(p.commonprefix([])), p.commonprefix([[1, 2], [1, 3]]))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/./c', 'a']), p.commonpath([b'/x/y', b'/x/z']))
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/a/b', '/a/b'), p.relpath('/x/y', '/a/b'))
print(p.sep, p.curdir, p.pardir, p.extsep, p.pathsep, p.altsep, p.devnull, p.defpath)


class Path:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(p.join(Path('dir'), Path('file.txt')), p.basename(Path('/a/b.py')), p.splitext(Path('x.y')))
errors = [
    ('join(str, bytes)', lambda: p.join('a', b'b')),
    ('join(int)', lambda: p.join('a', 5)),
    ('join(None)', lambda: p.join(None)),
    ('split(3)', lambda: p.split(3)),
    ('commonpath([])', lambda: p.commonpath([])),
    ('commonpath(abs, rel)', lambda: p.commonpath(['/a', 'b'])),
    ('commonpath(str, bytes)', lambda: p.commonpath(['a', b'b'])),
    ('relpath("")', lambda: p.relpath('')),
    ('relpath(str, bytes)', lambda: p.relpath('/a', b'/b')),
    ('basename(Path(3))', lambda: p.basename(Path(3))),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
