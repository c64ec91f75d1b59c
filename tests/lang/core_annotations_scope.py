# Module and class annotations: __annotations__ exists from the start of a body
# that has any annotated assignment; simple names are stored (mangled),
# other targets only evaluate; function bodies evaluate nothing.
print('__annotations__' in globals())
class A:
    print('__annotations__' in locals())
    if True:
        x: int
    print(__annotations__)
class B:
    print('__annotations__' in locals())
    def f(self): y: int
class Obj: pass
o = Obj()
o.attr: int = 5
o.attr2: print('ann eval attr') = 6
o.a3: print('ann eval paren')
d = {}
d[print('key') or 'k']: print('ann sub') = 1
d[print('key2') or 'k2']: print('ann sub2')
(par): print('par ann') = 3
print(__annotations__, d)
def fn():
    o.q: print('never')
    try:
        undefined_x.y: int
    except NameError as e: print('NameError', e)
    z[0]: print('never2') = 1 if False else None
try:
    fn()
except NameError as e:
    print("NameError", e)
class C:
    __p: int = 1
    def m(self): pass
    _C__q: str
print(C.__annotations__)
__annotations__['extra'] = 1
late: float
print(__annotations__)
class D:
    x: int
    __annotations__ = {'replaced': 1}
    y: str
print(D.__annotations__)
print(A.__annotations__ is A.__dict__['__annotations__'], 'x' in dir(A))
class E: pass
print(E.__annotations__, E.__dict__.get('__annotations__'))
import types
m = types.ModuleType('m')
print(m.__annotations__, m.__dict__.get('__annotations__'))
try: int.__annotations__
except AttributeError as e: print(type(e).__name__, e)
class C:
    "doc"
    x: int
print(list(C.__dict__))
class D:
    for i in range(0):
        y: int
    def f(self): z: int
print(list(D.__dict__))
class E:
    try: pass
    except: w: int
print(E.__annotations__, list(E.__dict__))
class F:
    def g(self): a: int
print('__annotations__' in F.__dict__)
late_error: undefined_annotation_name = 5
