# Late binding of closure variables in loops.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print(funcs[0](), funcs[1](), funcs[2]())
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print(funcs[0](), funcs[1](), funcs[2]())
def make():
    fs = []
    for j in range(3):
        def f():
            return j * 100
        fs.append(f)
    j = 'changed'
    return fs
print(make()[0]())
def make2():
    fs = []
    def bind(k):
        return lambda: k
    for k in range(3):
        fs.append(bind(k))
    return fs
fs = make2()
print(fs[0](), fs[1](), fs[2]())
i = 100
print(funcs[0](), (lambda: i)())
def outer():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(outer())
def cell_after_loop():
    out = []
    for n in range(3):
        out.append(lambda: n)
    n = 99
    return list(map(lambda f: f(), out))
print(cell_after_loop())
