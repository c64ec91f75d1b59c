# Stacked decorators: applied bottom-up at definition, run top-down at call time.
def make(label):
    print('creating decorator', label)

    def deco(fn):
        print('applying', label, 'to', fn.__name__)

        def wrapper(*args):
            print('enter', label)
            result = fn(*args)
            print('exit', label)
            return '%s(%s)' % (label, result)
        wrapper.__name__ = label + '_' + fn.__name__
        return wrapper
    return deco


@make('outer')
@make('middle')
@make('inner')
def work(x):
    print('work', x)
    return x


print('defined:', work.__name__)
print(work(7))


def bold(fn):
    return lambda: '<b>' + fn() + '</b>'


def italic(fn):
    return lambda: '<i>' + fn() + '</i>'


@bold
@italic
def text1():
    return 'hello'


@italic
@bold
def text2():
    return 'hello'


print(text1(), text2())


def compose(*decos):
    def deco(fn):
        for d in reversed(decos):
            fn = d(fn)
        return fn
    return deco


@compose(bold, italic)
def text3():
    return 'composed'


print(text3())


def fails(fn):
    raise RuntimeError('decorator refused ' + fn.__name__)


try:
    @bold
    @fails
    def never():
        return 'x'
except RuntimeError as e:
    print('RuntimeError:', e)
print('never' in globals())
