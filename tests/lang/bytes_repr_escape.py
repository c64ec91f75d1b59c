# repr of bytes and bytearray: quotes and escapes.
samples = [b'', b'plain', b"it's", b'say "x"', b'both \' and "', b'\t\n\r\x0b\x0c', b'\\', b'\x00\x01\x1f\x7f\x80\xff',
           b'~ !', bytes(range(30, 40)), b"'", b'"', b'\'"\'']
for b in samples:
    print(repr(b), repr(bytearray(b)), str(b), len(repr(b)))
print([b'a', b'b'], (b'\n',), {b'k': bytearray(b'v')})
print(ascii(b'x\xff'), repr(repr(b'q')), '%r' % b'z', '%s' % b'z', '{!r}'.format(bytearray(b'w')))
all_bytes = bytes(range(256))
r = repr(all_bytes)
print(len(r), r[:40], r[-40:])
print(repr(bytearray(all_bytes))[:50])
