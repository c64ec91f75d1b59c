# Generators resumed by for loops run in the caller's interpreter loop;
# these check the protocol around that: yield from inside them, a loop
# broken early, the same generator continued by next() and by another
# loop, re-entrance, close/throw, and return values.

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

def delegate(n):
    r = yield from count(n)
    yield r
    yield from ["a", "b"]

print([x for x in delegate(3)])

g = count(10)
for x in g:
    if x == 3:
        break
print(next(g), list(g), list(g))

def both():
    yield 1
    yield 2
    yield 3

g = both()
for x in g:
    print("outer", x)
    for y in g:
        print("inner", y)

def reenter():
    for x in me:
        yield x
    yield "never"

me = reenter()
try:
    for v in me:
        print(v)
except ValueError as e:
    print(type(e).__name__, e)

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

g = closing()
for x in g:
    print("got", x)
    break
g.close()
g = closing()
for x in g:
    g.close()
    print("closed inside loop", x)

def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "caught %s" % e

g = catcher()
out = []
for x in g:
    out.append(x)
    if len(out) == 1:
        out.append(g.throw(KeyError("k")))
    if len(out) > 3:
        break
print(out)

def tricky():
    try:
        yield 1
        raise StopIteration("inner stop")
    except RuntimeError:
        yield "no"

try:
    for x in tricky():
        print("tricky", x)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def nested(n):
    if n:
        for x in nested(n - 1):
            yield x + 1
    else:
        yield 0

print(list(nested(30)), sum(x for x in nested(5)))

def send_after():
    got = yield "first"
    yield "got %r" % (got,)

g = send_after()
for x in g:
    print(x)
    if x == "first":
        print(g.send("sent"))

def gen_in_finally():
    try:
        for x in count(3):
            yield x
    finally:
        yield "cleanup"

print(list(gen_in_finally()))
print([(i, x) for i, x in enumerate(count(3))], dict(zip(count(3), delegate(2))))
