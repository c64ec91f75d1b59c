# GeneratorExit is a BaseException: `except Exception` inside a generator does not
# catch it, and generators stopped by close() run their finally clauses.
def careful():
    try:
        while True:
            try:
                yield 'working'
            except Exception as e:
                print('  handled ordinary exception:', repr(e))
    finally:
        print('  finally runs')


g = careful()
print(next(g))
print(g.throw(ValueError('recoverable')))
g.close()
print('closed cleanly')


def catches_base():
    try:
        yield 1
    except BaseException as e:
        print('  caught', type(e).__name__)
        raise


g = catches_base()
next(g)
g.close()


def reports():
    try:
        yield 'a'
        yield 'b'
    except GeneratorExit:
        print('  GeneratorExit args:', GeneratorExit().args, 'is BaseException:',
              issubclass(GeneratorExit, BaseException))
        return


r = reports()
next(r)
r.close()
print([c.__name__ for c in GeneratorExit.__mro__])
try:
    raise GeneratorExit('manual')
except BaseException as e:
    print('manually raised:', repr(e))


def nested_close():
    try:
        yield from careful()
    finally:
        print('  outer finally')


n = nested_close()
next(n)
n.close()
print('done')
