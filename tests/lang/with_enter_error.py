# Exceptions raised in __enter__ skip the body and this manager's __exit__.
class Conn:
    def __init__(self, host):
        self.host = host

    def __enter__(self):
        print('connecting to', self.host)
        if self.host.startswith('bad'):
            raise ConnectionError('cannot reach ' + self.host)
        return self

    def __exit__(self, et, ev, tb):
        print('disconnect', self.host)
        return False


try:
    with Conn('bad.example') as c:
        print('body')
except ConnectionError as e:
    print('ConnectionError:', e)
with Conn('good.example') as c:
    print('using', c.host)


class Guard:
    def __enter__(self):
        print('guard enter')
        return self

    def __exit__(self, et, ev, tb):
        print('guard exit sees', et.__name__ if et else None)
        return True


with Guard():
    with Conn('bad.inner'):
        print('never')
print('outer guard swallowed the __enter__ failure')


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError('exit failed while handling %s' % (et.__name__ if et else 'nothing'))


try:
    with ExitRaises():
        raise ValueError('body')
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', e.__context__)


class EnterReturnsBadly:
    def __enter__(self):
        return 5

    def __exit__(self, *a):
        print('exit called')


try:
    with EnterReturnsBadly() as (a, b):
        print('never')
except TypeError as e:
    print('TypeError:', e)
with Conn('bad.final'):
    pass
