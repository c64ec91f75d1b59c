# Basic with statement: __enter__ return value bound by `as`, __exit__ always called.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('<%s>' % self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('</%s>' % self.name)


with Tag('html') as t:
    print('  inside, as-value is', t)
with Tag('body'):
    print('  no as-clause')


class ReturnsOther:
    def __enter__(self):
        return [1, 2, 3]

    def __exit__(self, *args):
        print('exit args:', args)


with ReturnsOther() as lst:
    lst.append(4)
print(lst)


class ReturnsNone:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


with ReturnsNone() as nothing:
    print('as-value:', nothing)
cm = Tag('reused')
with cm:
    pass
with cm as again:
    print('  entered twice:', again)
for i in range(2):
    with Tag('loop%d' % i) as name:
        print('  iteration', i, name)
with Tag('outer'):
    with Tag('inner'):
        print('  nested body')


class Holder:
    pass


h = Holder()
with Tag('attr') as h.value:
    pass
print(h.value)
d = {}
with Tag('item') as d['key']:
    pass
print(d)
with Tag('unpack') as (first, *rest):
    print('  ', first, rest)
try:
    with Tag('err'):
        raise ValueError('inside body')
except ValueError as e:
    print('ValueError propagated:', e)
