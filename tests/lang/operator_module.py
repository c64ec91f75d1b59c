# The operator module itself: __all__, dunder aliases, call(), reprs, argument errors.
import operator

print(operator.__name__, len(operator.__all__), operator.__all__[:6], operator.__all__[-4:])
print(all(callable(getattr(operator, n)) for n in operator.__all__))
dunders = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__') and
                 n not in ('__all__', '__doc__', '__name__', '__loader__', '__spec__', '__package__', '__builtins__',
                           '__cached__', '__file__'))
print(len(dunders), dunders[:8])
print([n for n in dunders if getattr(operator, n) is not getattr(operator, n.strip('_'), None)])
print(operator.__not__ is operator.not_, operator.__and__ is operator.and_, operator.__inv__.__name__)
print(operator.add, operator.__truediv__, operator.itemgetter, operator.methodcaller, type(operator.add).__name__)
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1, 2], reverse=True), operator.call(dict, a=1))
print(operator.call(lambda *a, **k: (a, sorted(k.items())), 1, 2, x=3), operator.__call__(str))
print(operator.__doc__.splitlines()[0], operator.attrgetter.__doc__.splitlines()[0])
for name, args, kw in [('add', (1,), {}), ('add', (1, 2, 3), {}), ('add', (), {'a': 1, 'b': 2}),
                       ('neg', (), {}), ('neg', (1, 2), {}), ('not_', (), {'a': 1}), ('truth', (1, 2), {}),
                       ('pow', (2, 3, 5), {}), ('setitem', ([1], 0), {}), ('length_hint', ([], 1, 2), {}),
                       ('length_hint', (), {'obj': []}), ('call', (), {}), ('call', (), {'obj': max}),
                       ('index', (), {}), ('countOf', ([1],), {}), ('contains', ([1], 1), {'x': 0}),
                       ('call', (5,), {}), ('is_not', (1,), {})]:
    try:
        print(name, getattr(operator, name)(*args, **kw))
    except TypeError as e:
        print(name, '->', e)
