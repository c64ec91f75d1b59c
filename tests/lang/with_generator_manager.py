# A contextlib-free "contextmanager" decorator built from a generator and a class.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print('ignored', type(e).__name__, e)


with tag('div') as t:
    print('  body', t)
    with tag('span'):
        print('  inner')
with ignoring(KeyError):
    {}['k']
print('after ignoring')
try:
    with tag('p'):
        raise ValueError('propagates through finally')
except ValueError as e:
    print('ValueError:', e)


@contextmanager
def broken():
    yield 1
    yield 2


try:
    with broken():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
with ignoring(ZeroDivisionError):
    with tag('math'):
        1 / 0
print('done')
