# with A() as a, B() as b: entered left to right, exited right to left.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('cannot enter ' + self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress


with CM('a') as a, CM('b') as b, CM('c') as c:
    print('body', a, b, c)
print('---')
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('body never runs')
except RuntimeError as e:
    print('RuntimeError:', e)
print('---')
try:
    with CM('a'), CM('b'):
        raise KeyError('in body')
except KeyError as e:
    print('KeyError:', e)
print('---')
with CM('outer', suppress=True), CM('inner'):
    raise ValueError('suppressed by outer')
print('continued after suppression')
print('---')
with (CM('p1') as p1,
      CM('p2') as p2):
    print('parenthesized', p1, p2)
with (CM('x'), CM('y')):
    print('parenthesized without as')
print('---')
with CM('first') as name, CM(name + '-derived') as derived:
    print('second manager built from first:', derived)
