# ASCII-only case conversion and predicates of bytes.
samples = [b'', b'hello world', b'HELLO', b'Hello World', b"they're", b'a1B2', b'\xe9t\xc9', b'  ', b'\t\n',
           b'123', b'abc123', b'_', b'Ab Cd', b'AB cd']
for b in samples:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
    print(b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
ba = bytearray(b'MiXeD \xff')
print(ba.upper(), ba.lower(), ba.swapcase(), ba.title(), ba.capitalize(), ba.isascii(), type(ba.upper()).__name__)
for name in ('upper', 'isalpha', 'title'):
    for obj in (b'x', bytearray(b'x')):
        try:
            getattr(obj, name)(1)
        except TypeError as e:
            print('TypeError:', e)
