# from __future__ import annotations (PEP 563): annotations are stored as
# the text CPython's unparser writes, never evaluated; future statements
# must open the module.
from __future__ import annotations
import __future__
print(annotations, __future__.all_feature_names, __future__.division.getMandatoryRelease())


def f(a: List[int], b: 'str' = 1, *args: Tuple[int, ...], c: x.y.z | None = None, **kw: dict[str, Any]) -> Foo:
    pass


print(f.__annotations__)
exprs_src = '''
def g(a: a + b * c, b: (a + b) * c, c: a ** b ** c, d: (a ** b) ** c, e: -x ** 2, f: (-x) ** 2,
      g: not a or b and c, h: (a or b) and c, i: a if b else c, j: (a if b else c) if d else e,
      k: lambda x, y=1, *z, w, **kw: x, l: lambda: 0, m: lambda *a: 0, n: [1, 2.5, 3j, 'q', b'r'],
      o: {1: 2, **d}, p: {1, 2}, q: {*()}, r: [x for x in y if x], s: {k: v for k, v in d},
      t: (x for x in y), u: f(x for x in y), v: f(a, *b, c=1, **d), w: a[1:2, ::3], x: a[b, c],
      y: a[()], z: (1,), aa: (), ab: 1 .real, ac: 1.5 .real, ad: f'{x!r:>{w}} {{y}}', ae: 1e400,
      af: -1e400j, ag: ..., ah: None, ai: True, aj: a < b <= c is not d not in e, ak: ~a & b | c ^ d,
      al: a << 2 >> 3, am: a @ b // c % d, ao: a.b[c](d).e, ap: 'it''s', aq: "a\\n\\"b",
      ar: u'x', at: 0x1F, au: 1_000_000, av: f'{ {1:2} }', aw: f'{x=}', ax: *a):
    pass
'''
ns = {}
exec(exprs_src.replace('ax: *a', 'ax'), ns) if False else None
src2 = exprs_src
import sys
ns = {'__name__': 'm'}
try:
    exec(compile('from __future__ import annotations\n' + src2.replace(', ax: *a', ''), 'f', 'exec'), ns)
    for k, v in ns['g'].__annotations__.items():
        print(k, v)
except SyntaxError as e:
    print('SyntaxError', e)


class C:
    x: int = 5
    y: undefined_name
    z: list[C]

    def m(self, other: C) -> C:
        return self


print(C.__annotations__, C.m.__annotations__, C.x)
o = C()
o.attr: undefined_too = 1
print(o.attr, __annotations__)
for src in ['from __future__ import braces', 'import os\nfrom __future__ import nope',
            'from __future__ import nonexistent', 'from __future__ import annotations\ndef f(x: (y := 1)): pass',
            'def f():\n    from __future__ import division', 'from __future__ import *']:
    try:
        compile(src, 'f', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
exec('from __future__ import annotations\ndef h(q: int | undefined) -> 1 / 0: pass\nprint(h.__annotations__)')


class P:
    __y: __T

    def m(self, __a: __Foo) -> __Bar.__baz:
        pass


print(P.m.__annotations__, P.__annotations__)
