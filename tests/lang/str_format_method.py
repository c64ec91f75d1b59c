# str.format with positional/named fields and specs.
print('{} {} {}'.format('a', 'b', 'c'))
print('{0} {1} {0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bob', age=42))
print('{0} {name} {1}'.format(1, 2, name='n'))
print('{{literal}} {}'.format('x'))
print('{0[0]} {0[1]} {1[key]}'.format(['p', 'q'], {'key': 'v'}))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:*>8}|{:-<8}|{:.^9}|'.format('r', 'l', 'c'))
print('{:d} {:5d} {:05d} {:+d} {: d} {:,d} {:_d}'.format(7, 7, 7, 7, 7, 1234567, 1234567))
print('{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b}'.format(255, 255, 8, 5, 255, 8, 5, 5))
print('{:.2f} {:8.3f} {:e} {:.1%} {:g}'.format(3.14159, 2.5, 1234.5, 0.1234, 0.00001))
print('{:s} {!r} {!s} {!a}'.format('str', 'repr', 3, 'é'))
print('{:10.3s}|{:>10}|'.format('abcdef', 3.5))
print('{0:{1}}|{0:>{1}}|'.format('w', 5))
print('{:{fill}{align}{width}}'.format('z', fill='#', align='^', width=7))
print('{:=+8d}|{:=8d}|'.format(42, -42))
print('{:c}'.format(65), '{:n}'.format(1234))
print('{!r:>10}'.format('q'))
print('{0}{0}{0}'.format('ab'))
print(''.format(), 'no fields'.format(1, 2))
print('{:,}'.format(10 ** 12), '{:_x}'.format(2 ** 40))
for fmt, args in (('{} {}', ('one',)), ('{0} {}', (1, 2)), ('{x}', ()), ('{:d}', ('s',)),
                  ('{:s}', (1,)), ('{', ()), ('}', ()), ('{0[5]}', ([1],)), ('{:z}', (1,))):
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
