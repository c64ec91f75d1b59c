# format() of bool, None, containers and objects without __format__.
for v in (True, False):
    out = []
    for sp in ('', 'd', '>6', '<6', '^7', 'x', '#b', '+d', '08', '.2f', 'e', '%', 'n', 'c'):
        out.append(format(v, sp))
    print(v, ascii(out))
print(format(None), format(None, ''), format([1, 'a']), format((1,)), format({}), format(range(3)), format(print))
print('{}|{!s}|{!r}'.format(None, True, False), '%s %r %d' % (True, False, True), str(True).center(8, '*'))
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: format(None, 'x'))
show(lambda: format(None, '>10'))
show(lambda: format([1], 's'))
show(lambda: format((1, 2), '^9'))
show(lambda: format(True, 's'))
show(lambda: format(False, ',s'))
show(lambda: '{:>5}'.format(None))
show(lambda: '{:5}'.format([1]))
show(lambda: '{!r:>8}'.format(None))
show(lambda: '{!s:^7}'.format([]))
show(lambda: format(format, ''))
