# Constructors behind types.FunctionType, MethodType, ModuleType and
# MappingProxyType, with CPython's argument errors.
import types
def f(a, b=2): return a + b
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()

tests = [
 lambda: types.FunctionType(f.__code__, {}).__name__,
 lambda: types.FunctionType(f.__code__, {}, 'g')(1),
 lambda: types.FunctionType(f.__code__, {}, 'g', (5,))(1),
 lambda: types.FunctionType(f.__code__, {}, None, (5,), None).__name__,
 lambda: types.FunctionType(1, {}),
 lambda: types.FunctionType(f.__code__, 1),
 lambda: types.FunctionType(f.__code__, {}, 1),
 lambda: types.FunctionType(f.__code__, {}, 'g', 1),
 lambda: types.FunctionType(f.__code__, {}, 'g', None, (1,)),
 lambda: types.FunctionType(inner.__code__, {}),
 lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)),
 lambda: types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)(),
 lambda: types.FunctionType(inner.__code__, {}, None, None, 5),
 lambda: types.FunctionType(),
 lambda: types.FunctionType(f.__code__, {}, kwdefaults={'a': 1}),
 lambda: types.FunctionType(f.__code__, globals={}).__globals__,
 lambda: types.MethodType(f, 5)(),
 lambda: types.MethodType(f, 5),
 lambda: types.MethodType(len, [1, 2])(),
 lambda: types.MethodType(f, None),
 lambda: types.MethodType(3, 4),
 lambda: types.MethodType(f),
 lambda: types.MethodType(),
 lambda: types.MethodType(f, 1, 2),
 lambda: types.MethodType(f, obj=1),
 lambda: types.MethodType(f, 5).__func__ is f,
 lambda: types.MethodType(f, 5).__self__,
 lambda: types.ModuleType('m'),
 lambda: types.ModuleType('m', 'doc').__doc__,
 lambda: types.ModuleType('m').__dict__,
 lambda: types.ModuleType(),
 lambda: types.ModuleType(1),
 lambda: types.ModuleType('m', 'd', 3),
 lambda: types.ModuleType(name='x'),
 lambda: types.ModuleType('m', doc=5).__doc__,
 lambda: types.MappingProxyType({'a': 1})['a'],
 lambda: types.MappingProxyType([]),
 lambda: types.MappingProxyType(),
]
for i, tst in enumerate(tests):
    try: print(i, tst())
    except Exception as e: print(i, type(e).__name__, e)
g = types.FunctionType(f.__code__, {'__name__': 'fake'}, 'renamed', (7,))
print(g.__name__, g.__qualname__, g.__module__, g.__defaults__, g(1), g.__globals__)
h = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(h(), h.__closure__ == inner.__closure__, h.__builtins__ is f.__builtins__)
print(types.ModuleType('spam').__annotations__)
types.MethodType(5, 6)
