# Using objects that are not context managers in a with statement.
for obj in [1, 'text', None, [1, 2], {'k': 1}]:
    try:
        with obj:
            print('never')
    except TypeError as e:
        print('TypeError:', e)


class OnlyEnter:
    def __enter__(self):
        print('never called')


class OnlyExit:
    def __exit__(self, *a):
        print('never called')


for cls in (OnlyEnter, OnlyExit):
    try:
        with cls():
            pass
    except TypeError as e:
        print('TypeError:', e)


class InstanceAttrs:
    def __init__(self):
        self.__enter__ = lambda: 'instance enter'
        self.__exit__ = lambda *a: None


try:
    with InstanceAttrs():
        pass
except TypeError as e:
    print('TypeError:', e)


class BadExitSignature:
    def __enter__(self):
        return self

    def __exit__(self):
        return False


try:
    with BadExitSignature():
        print('body runs')
except TypeError as e:
    print('TypeError:', e)


def f():
    return 42


with f():
    pass
