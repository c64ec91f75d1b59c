# The types module: the names of the builtin types, the class-creation
# helpers, SimpleNamespace and DynamicClassAttribute.
import sys
import types


def f(a, b=2):
    return a + b


def gen():
    yield 1


class C:
    def m(self):
        return 'm of %s' % type(self).__name__


# gilpy has no frame objects nor async functions.
absent = ('AsyncGeneratorType', 'CoroutineType', 'FrameType', 'coroutine')
print(sorted(n for n in dir(types) if not n.startswith('_') and n not in absent))
checks = [(types.FunctionType, f), (types.LambdaType, lambda: 0), (types.MethodType, C().m),
          (types.BuiltinFunctionType, len), (types.BuiltinMethodType, [].append),
          (types.GeneratorType, gen()), (types.ModuleType, sys), (types.MappingProxyType, C.__dict__),
          (types.NoneType, None), (types.NotImplementedType, NotImplemented), (types.EllipsisType, ...),
          (types.CodeType, f.__code__), (types.GenericAlias, list[int]), (types.UnionType, int | str)]
for T, obj in checks:
    print(T.__name__, isinstance(obj, T))
print(types.MethodType(f, 5)(), types.MethodType(C.m, C())(), types.MethodType(len, [1, 2])())
bm = types.MethodType(f, 10)
print(bm.__func__ is f, bm.__self__, bm(b=5), bm == types.MethodType(f, 10))
m = types.ModuleType('mymod', 'the doc')
m.x = 3
print(m, m.__name__, m.__doc__, m.x, sorted(m.__dict__), types.ModuleType('m2').__doc__)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], list(mp), 'a' in mp, len(mp), mp.get('b', 0), mp | {'b': 2})
ns = types.SimpleNamespace(b=1, a=2)
ns.c = [ns]
print(ns, ns.b, vars(ns), ns == types.SimpleNamespace(b=1, a=2, c=ns.c), ns.__reduce__()[1:2])
del ns.c
print(ns, types.SimpleNamespace(), types.SimpleNamespace(x=1) != types.SimpleNamespace(x=2))


class Sub(types.SimpleNamespace):
    pass


print(Sub(q=1), Sub(q=1) == types.SimpleNamespace(q=1), type(Sub()).__mro__)
K = types.new_class('K', (C,), {}, lambda ns: ns.update(z=5))
print(K, K.z, K().m(), types.resolve_bases((list[int], C)), types.prepare_class('P', (C,))[0])


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'prepared': kw}


print(types.prepare_class('Q', (), {'metaclass': Meta, 'flag': 1}))
G = types.new_class('G', (dict[str, int],))
print(G.__orig_bases__, types.get_original_bases(G), types.get_original_bases(C))


class WithDyn:
    @types.DynamicClassAttribute
    def name(self):
        """the name"""
        return 'instance name'

    def __getattr__(self, attr):
        return 'getattr ' + attr


w = WithDyn()
print(w.name, WithDyn.__dict__['name'].__doc__)
try:
    WithDyn.name
except AttributeError as e:
    print('AttributeError', repr(e))
for bad in (lambda: types.get_original_bases(5), lambda: setattr(w, 'name', 1),
            lambda: types.resolve_bases((types.SimpleNamespace(__mro_entries__=lambda b: 5),))):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
