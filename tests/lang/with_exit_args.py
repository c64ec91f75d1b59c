# The three __exit__ arguments: exception type, instance, and traceback.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print('clean exit:', exc_type, exc_value, tb)
        else:
            print('type:', exc_type.__name__, '| value:', repr(exc_value),
                  '| isinstance:', isinstance(exc_value, exc_type),
                  '| tb:', type(tb).__name__)
        return True


with Inspect():
    pass
with Inspect():
    raise ValueError('bad')
with Inspect():
    1 / 0
with Inspect():
    raise KeyError
with Inspect():
    [].pop()


class Custom(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code


class Retry:
    def __init__(self):
        self.codes = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is Custom:
            self.codes.append(ev.code)
            return ev.code < 500
        return False


r = Retry()
for code in [404, 418, 302]:
    with r:
        raise Custom(code)
print(r.codes)
try:
    with r:
        raise Custom(503)
except Custom as e:
    print('not suppressed:', e, r.codes)


class ChainCheck:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print('context:', repr(ev.__context__), 'cause:', repr(ev.__cause__))
        return True


with ChainCheck():
    try:
        raise KeyError('first')
    except KeyError as k:
        raise ValueError('second') from k
with ChainCheck():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
