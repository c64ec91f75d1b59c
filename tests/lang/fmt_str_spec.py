# format() of strings: alignment, fill, width, precision.
vals = ['', 'a', 'hello', 'αβγ', '😀x', 'tab\t']
specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.3', '>10.3s', 'é<4', '😀>4', '_^9', '3', '.10']
for v in vals:
    out = []
    for sp in specs:
        out.append(format(v, sp))
    print(ascii(v), ascii(out))
print(format('x', '0>3'), format('x', '03'), format('x', '0<3'), format('abc', '.1s'), format('', '*^3'))
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for sp in ('d', '+', '-5', ' ', '#', '=5', ',', '_', 'z', 'x', '%', '.2f', '05,'):
    show(lambda: format('abc', sp))
