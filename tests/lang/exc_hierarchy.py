# The builtin exception hierarchy.
names = [ZeroDivisionError, OverflowError, ArithmeticError, IndexError, KeyError,
         LookupError, ValueError, UnicodeDecodeError, TypeError, NameError,
         UnboundLocalError, AttributeError, RuntimeError, RecursionError,
         NotImplementedError, AssertionError, StopIteration, OSError,
         FileNotFoundError, KeyboardInterrupt, SystemExit, Exception, BaseException,
         SyntaxError, IndentationError, TabError, ImportError, ModuleNotFoundError,
         EOFError, MemoryError, FloatingPointError, UnicodeError, PermissionError]
for cls in names:
    chain = []
    c = cls
    while c is not None:
        chain.append(c.__name__)
        bases = c.__bases__
        c = bases[0] if bases else None
    print(' -> '.join(chain))
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(isinstance(ValueError('x'), Exception), isinstance(ValueError('x'), (KeyError, ValueError)))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError('missing')
except OSError as e:
    print('OSError caught', type(e).__name__, e)
try:
    raise RecursionError('deep')
except RuntimeError as e:
    print('RuntimeError caught', type(e).__name__, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print('caught', type(e).__name__)
