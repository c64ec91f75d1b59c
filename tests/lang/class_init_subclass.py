# __init_subclass__: registering subclasses, keyword arguments in the class statement.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print('registering', cls.__name__, 'as', key)
        Plugin.registry[key] = cls

class Csv(Plugin):
    pass

class Json(Plugin, name='js'):
    pass

class SubCsv(Csv, name='csv2'):
    pass

print(sorted((k, v.__name__) for k, v in Plugin.registry.items()))

class Shape:
    sides = None
    def __init_subclass__(cls, /, sides, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides

class Triangle(Shape, sides=3):
    pass

class Square(Shape, sides=4):
    pass

print(Triangle.sides, Square.sides, Shape.sides)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Weird(Plugin, color='red'):
        pass
except TypeError as e:
    print('TypeError:', e)

class Tracked:
    subclasses = []
    def __init_subclass__(cls):
        Tracked.subclasses.append(cls.__name__)

class A(Tracked):
    pass

class B(A):
    pass

class C(B, A):
    pass

print(Tracked.subclasses)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for attr in cls.required:
            if not hasattr(cls, attr):
                raise TypeError('%s must define %s' % (cls.__name__, attr))

class Good(Validated):
    required = ('run',)
    def run(self):
        return 'running'

print(Good().run())

class Bad(Validated):
    required = ('run', 'stop')
