s = '  Hello, World  '
print(s.strip().lower().replace('world', 'there').split(', '))
print(','.join(map(str, range(5))), s.center(20, '*'))
