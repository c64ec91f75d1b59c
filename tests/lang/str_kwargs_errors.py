# Keyword arguments the str and bytes methods reject, and how they say so.
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)
s = 'a b'
show(lambda: s.split(sep=' ', bogus=1))
show(lambda: s.rsplit(bogus=1))
show(lambda: s.splitlines(ends=True))
show(lambda: s.encode(enc='ascii'))
show(lambda: s.expandtabs(size=4))
show(lambda: b'ab'.decode(enc='ascii'))
show(lambda: b'ab'.hex(separator=':'))
show(lambda: str(obj=1))
show(lambda: bytes(src=b''))
show(lambda: bytearray(x=1))
show(lambda: s.find('a', start=0))
show(lambda: s.strip(chars=' '))
show(lambda: s.center(5, fill='*'))
show(lambda: s.join(iterable=[]))
show(lambda: s.upper(x=1))
show(lambda: b'ab'.find(b'a', start=0))
show(lambda: bytearray(b'ab').append(item=1))
show(lambda: b'ab'.translate(None, delete=b'a'))
show(lambda: b'ab'.translate(table=None))
