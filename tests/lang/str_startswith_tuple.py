# startswith/endswith with tuples and start/end.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('hell', 0, 4), s.endswith('o', -7, -5))
print(s.startswith(('x', 'he')), s.startswith(()), s.endswith(('ld', 'x')), s.endswith(('a', 'b')))
print(s.startswith(''), s.startswith('', 11), s.startswith('', 12), s.endswith('', 11), s.endswith('', 12))
print(s.startswith('h', -100), s.startswith('d', -1), s.endswith('h', 0, 1), s.endswith('', 5, 2))
print(s.startswith('hello world!'), s.endswith('hello world'), ''.startswith(''), ''.endswith('a'))
u = 'ααβγ😀'
print(u.startswith('αα'), u.startswith('β', 2), u.endswith('😀'), u.endswith('γ', 0, 4), u.startswith(('x', 'γ😀'), 3))
print(u.endswith('😀', -1), u.startswith('😀', -1), u.startswith('', 5), u.startswith('', 6))
for args in ((1,), ((1,),), (('a', None),), ('h', 'x'), ('h', 0, 1.5), ([],)):
    for name in ('startswith', 'endswith'):
        try:
            print(getattr(s, name)(*args))
        except TypeError as e:
            print(name, 'TypeError:', e)
