# Managing many resources in loops with with-statements, plus a manual ExitStack.
class Res:
    opened = []

    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise OSError('cannot open ' + self.name)
        Res.opened.append(self.name)
        return self

    def __exit__(self, *a):
        Res.opened.remove(self.name)
        print('closed', self.name)
        return False


class Stack:
    def __init__(self):
        self.exits = []

    def enter(self, cm):
        value = cm.__enter__()
        self.exits.append(cm.__exit__)
        return value

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        suppressed = False
        while self.exits:
            ex = self.exits.pop()
            if ex(et, ev, tb):
                et = ev = tb = None
                suppressed = True
        return suppressed


with Stack() as st:
    rs = [st.enter(Res('r%d' % i)) for i in range(3)]
    print('open:', Res.opened)
print('open after:', Res.opened)
try:
    with Stack() as st:
        for name in ['a', 'b', 'c']:
            st.enter(Res(name, fail=(name == 'c')))
except OSError as e:
    print('OSError:', e, '| open now:', Res.opened)
totals = []
for n in range(3):
    with Res('loop%d' % n) as r:
        totals.append(r.name)
        if n == 1:
            continue
        totals.append('after-continue-check')
print(totals, Res.opened)
