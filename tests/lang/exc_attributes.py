# Exception objects: args, str, repr and attributes.
errors = [ValueError('v'), KeyError('k'), KeyError(1), IndexError(), OSError(2, 'No such file'),
          ZeroDivisionError('division by zero'), Exception('a', 1, None), TypeError(['list']),
          AttributeError('attr'), NameError('name'), StopIteration(), RuntimeError('')]
for e in errors:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
e = OSError(2, 'No such file or directory', 'missing.txt')
print(e.errno, e.strerror, e.filename, str(e))
print(type(e).__name__, isinstance(e, FileNotFoundError))
ne = NameError('x')
print(ne.args, ne.name)
ae = AttributeError('msg')
print(ae.args)
ue = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason)
print(str(ue))
ex = ValueError('changed')
ex.args = ('new', 'args')
print(ex, ex.args)
ex.custom = 42
print(ex.custom)
print(Exception('x') == Exception('x'), str(KeyError('a b')), str(KeyError()))
