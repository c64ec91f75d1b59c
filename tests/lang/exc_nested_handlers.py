# Nested try statements and handler selection order.
def classify(f):
    try:
        try:
            f()
        except (IndexError, KeyError) as e:
            return 'inner lookup: ' + type(e).__name__
        except ArithmeticError:
            raise
        finally:
            print('  inner finally')
    except ZeroDivisionError as e:
        return 'outer zero: ' + str(e)
    except Exception as e:
        return 'outer generic: ' + type(e).__name__
    else:
        return 'no error'
print(classify(lambda: [][1]))
print(classify(lambda: {}[1]))
print(classify(lambda: 1 % 0))
print(classify(lambda: int('z')))
print(classify(lambda: 42))
print(classify(lambda: 2.0 ** 5000))
def first_match():
    try:
        raise KeyError('x')
    except LookupError:
        return 'LookupError matched first'
    except KeyError:
        return 'KeyError never reached'
print(first_match())
def handler_tuple(exc):
    try:
        raise exc
    except (TypeError, ValueError, KeyError) as e:
        return 'tuple matched ' + type(e).__name__
    except BaseException as e:
        return 'base ' + type(e).__name__
print(handler_tuple(KeyError()))
print(handler_tuple(ValueError()))
print(handler_tuple(IndexError()))
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as t:
            print('innermost', t, '| context:', repr(t.__context__))
        print('back in ValueError handler')
except Exception:
    print('not reached')
