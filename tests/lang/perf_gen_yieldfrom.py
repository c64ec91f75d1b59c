# `yield from` a generator runs the delegate in the same interpreter loop;
# values, return values, exceptions, send/throw/close and gi_yieldfrom
# must behave as with a delegate resumed from C.

def leaf(n):
    for i in range(n):
        yield i
    return "leaf%d" % n

def middle(n):
    r = yield from leaf(n)
    yield r
    r2 = yield from leaf(1)
    return (r, r2)

def top():
    r = yield from middle(2)
    yield ("top got", r)

print(list(top()))
print(sum(x for x in middle(4) if isinstance(x, int)))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)

def wrapper():
    r = yield from echo()
    yield ("returned", r)

w = wrapper()
print(next(w), w.send("a"), w.send("b"), next(w))

def raiser():
    yield 1
    raise KeyError("inner")

def catcher():
    try:
        yield from raiser()
    except KeyError as e:
        yield "caught %s" % e
    yield "after"

print(list(catcher()))

def stopper():
    yield 1
    raise StopIteration("bad")

def outer_stop():
    yield from stopper()

try:
    print(list(outer_stop()))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def guarded():
    try:
        yield "g1"
        yield "g2"
    except ValueError as e:
        yield "guarded saw %s" % e
    finally:
        print("guarded finally")

def deleg():
    yield from guarded()
    yield "deleg end"

d = deleg()
print(next(d), d.throw(ValueError("v")), next(d))
d = deleg()
print(next(d), d.gi_yieldfrom.__name__)
d.close()
print(d.gi_yieldfrom)

def running():
    yield from gen_self

gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print(type(e).__name__, e)

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1

def drive():
    r = yield from deep(100)
    yield r

print(list(drive()))

def mixed():
    yield from [1, 2]
    yield from (x * 10 for x in range(3))
    yield from iter("ab")

print(list(mixed()))
for x in middle(1):
    print("for", x)
