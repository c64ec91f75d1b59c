# Padding, splitlines, expandtabs, partition, translate and friends for bytes.
for b in (b'', b'a', b'ab', b'abc', bytearray(b'xy')):
    print(b.center(6), b.center(5, b'*'), b.ljust(4, b'.'), b.rjust(4), b.zfill(4), b.center(1))
print(b'-5'.zfill(4), b'+5'.zfill(4), b'--'.zfill(4), b''.zfill(2), bytearray(b'-1').zfill(3))
print(b'a\nb\r\nc\rd\x0be\x0cf\x1cg'.splitlines(), b'a\nb\r\n'.splitlines(True), b''.splitlines(), b'\n'.splitlines())
print(b'a\tbc\td'.expandtabs(), b'a\tbc\td'.expandtabs(3), b'\t\n\t'.expandtabs(2), bytearray(b'x\ty').expandtabs(4))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(bytearray(b'k:v').partition(b':'), b'ab'.removeprefix(b'a'), b'ab'.removesuffix(b'b'), b'ab'.removeprefix(b'x'))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], b'aabbcc'.translate(table), b'abcd'.translate(table, b'd'), b'abcd'.translate(None, b'ac'))
print(bytearray(b'cab').translate(table), b'abc'.translate(None), bytearray.maketrans(b'a', b'b')[97], b'abc'.replace(b'b', b'BB'))
print(b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), bytearray(b'abc').replace(b'c', b''), b'x'.replace(b'y', b'z'))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'a'.center(5, '*'))
show(lambda: b'a'.center(5, b'**'))
show(lambda: b'a'.ljust(5, 1))
show(lambda: b'a'.partition(b''))
show(lambda: b'a'.partition('a'))
show(lambda: b'a'.translate(b'x'))
show(lambda: bytes.maketrans(b'ab', b'c'))
show(lambda: bytes.maketrans('a', 'b'))
show(lambda: b'a'.replace('a', 'b'))
show(lambda: b'a'.removeprefix('a'))
show(lambda: b'a'.zfill('3'))
