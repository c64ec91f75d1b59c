# center/ljust/rjust/zfill with odd widths, fill characters and errors.
for s in ('', 'a', 'ab', 'abc', 'αβ', '😀'):
    for w in (-1, 0, 1, 2, 3, 4, 5, 6, 7):
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, '.')), repr(s.rjust(w, 'é')), repr(s.center(w, '😀')))
for s in ('42', '-42', '+42', '', '-', '+', 'abc', '--1', '3.14', 'αβ', '٣'):
    print(repr(s), s.zfill(0), s.zfill(3), s.zfill(6))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a'.center())
show(lambda: 'a'.center(5, 'ab'))
show(lambda: 'a'.center(5, ''))
show(lambda: 'a'.center(5, 1))
show(lambda: 'a'.ljust(5, b'x'))
show(lambda: 'a'.rjust('5'))
show(lambda: 'a'.rjust(5.0))
show(lambda: 'a'.center(2 ** 70))
show(lambda: 'a'.zfill())
show(lambda: 'a'.zfill('3'))
show(lambda: 'a'.zfill(3, 4))
show(lambda: 'a'.center(4, fillchar='x'))
show(lambda: 'a'.ljust(3, 'x', 'y'))
show(lambda: 'a'.ljust(True))
