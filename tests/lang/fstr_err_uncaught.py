# An uncaught ValueError from a bad format spec inside a report function.
def report(rows, spec):
    lines = []
    for name, value in rows:
        lines.append(f'{name:<8}{value:{spec}}')
    return '\n'.join(lines)


rows = [('alpha', 1.5), ('beta', 22.25), ('gamma', 333.125)]
print(report(rows, '>10.2f'))
print(report(rows, '>10,.1f'))
print(report(rows, '*^12.3e'))
print(report(rows, '+08.1f'))
print(report(rows, '.0%'))
width = max(len(n) for n, _ in rows)
print('\n'.join(f'{n:>{width}}: {v:g}' for n, v in rows))
print(f'{"total":<8}{sum(v for _, v in rows):>10.2f}')
specs = ['>10.2f', '10', 'e']
print([format(3.25, s) for s in specs])
print(report(rows, '>10.2d'))
