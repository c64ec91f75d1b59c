# Errors of the format-spec mini-language.
def show(v, sp):
    try:
        print(repr(format(v, sp)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(sp), type(e).__name__ + ':', e)
for sp in ('s', 'z', '.2d', '.2x', 'zd', '+c', '#c', ',c', ',b', ',x', ',o', ',X', ',n', '_n', ',_', '_,', '.', '.x',
           'q', '%s', '5.5.5', '99999999999999999999', '.99999999999999999999', 'ab', '<<', '=s'):
    show(42, sp)
for sp in ('d', 'x', 'c', ',s', '.f', 'z,', ',_', '#,', 'xx', '=^5'):
    show(1.5, sp)
for sp in ('d', 's', 'c', 'f'):
    show(True, sp)
show(-1, 'c')
show(0x110000, 'c')
show(2 ** 64, 'c')
show(10 ** 400, 'e')
show(10 ** 400, '%')
show(1.5, '.400f')
show(1.5, '.2147483648f')
show(None, 'x')
show([1], '>5')
show((), 's')
show(42, 5)
