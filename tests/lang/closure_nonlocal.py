# nonlocal rebinding.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc()
inc(5)
print(get(), inc(), get())
def outer():
    x = 1
    def middle():
        nonlocal x
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def accumulator():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total
    return add, history
add, hist = accumulator()
for v in (1, 2, 3, 4):
    add(v)
print(hist)
def make_toggle():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = make_toggle()
print(t(), t(), t())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nxt = fib_gen()
out = []
for _ in range(10):
    out.append(nxt())
print(out)
