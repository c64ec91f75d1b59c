# Exceptions raised inside __exit__ replace the body's exception (with context).
class Faulty:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError('%s.__exit__ failed (body raised %s)' % (
            self.name, et.__name__ if et else 'nothing'))


class Logger:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print('%s sees %s: %s' % (self.name, et.__name__ if et else None, ev))
        return False


try:
    with Logger('outer'), Faulty('inner'):
        raise KeyError('original')
except RuntimeError as e:
    print('final:', e)
    print('context:', repr(e.__context__))
print('---')
try:
    with Faulty('solo'):
        pass
except RuntimeError as e:
    print('final:', e, '| context:', e.__context__)
print('---')


class Cleanup:
    def __enter__(self):
        self.items = ['a', 'b']
        return self

    def __exit__(self, et, ev, tb):
        for item in self.items:
            print('releasing', item)
        self.items.clear()
        return False


with Cleanup() as c:
    c.items.append('c')
print('items after:', c.items)
with Logger('top'):
    with Faulty('deep'):
        raise ValueError('the body error')
