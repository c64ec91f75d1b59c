# bytes.hex with separators and bytes.fromhex.
data = [b'', b'\x00', b'\xff\x01', b'abcdef', b'abcde', bytes(range(10)), bytearray(b'\xde\xad\xbe\xef')]
for d in data:
    print(d.hex(), d.hex(':'), d.hex('-', 2), d.hex(' ', -2), d.hex(b'_', 3), d.hex('.', -3), d.hex(':', 0))
for s in ('', '61', '61 62', ' 61\t62\n', 'DEADbeef', '0a0B', '6 1', '61 6', 'zz', '6', '61 62 6g', '١٢'):
    for maker in (bytes, bytearray):
        try:
            print(repr(s), repr(maker.fromhex(s)))
        except ValueError as e:
            print(repr(s), 'ValueError:', e)
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: b'ab'.hex('::'))
show(lambda: b'ab'.hex('é'))
show(lambda: b'ab'.hex(1))
show(lambda: b'ab'.hex(b'xy'))
show(lambda: b'ab'.hex(':', 'x'))
show(lambda: bytes.fromhex(1))
show(lambda: bytes.fromhex(b'61'))
show(lambda: bytes.fromhex())
show(lambda: bytearray.fromhex('61', '62'))
show(lambda: b'x'.fromhex('7a'))
show(lambda: bytearray(b'q').fromhex('7a7a'))
