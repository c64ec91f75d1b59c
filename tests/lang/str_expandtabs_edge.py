# expandtabs column arithmetic.
samples = ['a\tb', '\t', 'abcdefgh\tx', 'abcdefg\tx', 'a\tbc\tdef\tg', 'a\nb\tc', 'ab\rc\td', 'é\tx', '😀\t|', '\t\t', '']
for s in samples:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-3)), repr(s.expandtabs(tabsize=3)))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'a\tb'.expandtabs('4'))
show(lambda: 'a\tb'.expandtabs(4.0))
show(lambda: 'a\tb'.expandtabs(2 ** 40))
show(lambda: 'a\tb'.expandtabs(4, 5))
show(lambda: 'no tabs'.expandtabs(100))
