# An uncaught ValueError from a bad format spec inside a report function.
def report(rows, spec):
    lines = []
    for name, value in rows:
        lines.append(f'{name:<8}{value:{spec}}')
    return '\n'.join(lines)


rows = [('alpha', 1.5), ('beta', 22.25), ('gamma', 333.125)]
print(report(rows, '>10.2f'))
print(report(rows, '>10,.1f'))
print(report(rows, '>10.2d'))
