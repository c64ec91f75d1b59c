name, n = 'world', 3
print('%s has %d items' % (name, n))
print('{} {}'.format(name, n))
print(f'{name!r:^20} {n:+05d} {n/3:.2f} {n:#x} {n:,}')
print(f"{'nested ' + name}", f'{n if n else 0}')
