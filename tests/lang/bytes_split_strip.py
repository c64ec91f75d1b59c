# split, rsplit, strip family and join for bytes.
b = b'  a  b\tc\nd\x0be\x0cf\x1cg  '
print(b.split(), b.rsplit(), b.split(None, 2), b.rsplit(None, 2), b.split(maxsplit=0), b.rsplit(maxsplit=0))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b'a,b,,c'.split(b',,'), b'abc'.split(b'abc'), b''.split(b','))
print(bytearray(b'x y').split(), bytearray(b'x-y').split(b'-'), bytearray(b'x-y').rsplit(bytearray(b'-')))
print(b'  x  '.strip(), b'  x  '.lstrip(), b'  x  '.rstrip(), b'xxaxx'.strip(b'x'), b'xyaxy'.strip(bytearray(b'yx')))
print(b'\x1cx\x1c'.strip(), b'\x0bx\x0c'.strip(), b'abc'.strip(b''), bytearray(b' q ').strip(), b'aaa'.lstrip(b'a'))
print(b'-'.join([b'a', b'b']), b''.join([bytearray(b'x'), b'y']), bytearray(b',').join([b'1', b'2']), b'|'.join([]))
print(b'x'.join((b'',)), b'ab'.join([b'1', b'2', b'3']), type(bytearray(b'').join([b'a'])).__name__)
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'abc'.split(b''))
show(lambda: b'abc'.split('b'))
show(lambda: b'abc'.rsplit(1))
show(lambda: b'abc'.strip('a'))
show(lambda: b'abc'.lstrip(1))
show(lambda: b''.join(['a']))
show(lambda: b''.join([b'a', 1]))
show(lambda: b''.join(5))
show(lambda: b'a b'.split(None, 'x'))
