# Scoping corner cases: class-free LEGB lookups, globals from nested functions.
level = 'global'
def outer():
    level = 'enclosing'
    def read():
        return level
    def write_global():
        global level
        level = 'global modified'
        return level
    def nested_nonlocal():
        nonlocal level
        level = 'enclosing modified'
    r1 = read()
    r2 = write_global()
    nested_nonlocal()
    r3 = read()
    return r1, r2, r3
print(outer(), level)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())
def shadow_param(x):
    def inner(x):
        return x * 10
    return inner(x + 1), x
print(shadow_param(1))
def builtin_shadow():
    def len(s):
        return -1
    return len('abc')
print(builtin_shadow(), len('abc'))
def global_in_nested():
    def setter():
        global fresh_global
        fresh_global = 'made in nested'
    setter()
global_in_nested()
print(fresh_global)
def loop_closure_shared():
    fns = []
    for i in range(3):
        def show():
            return i
        fns.append(show)
    i = 'after'
    return list(map(lambda f: f(), fns))
print(loop_closure_shared())
def default_captures_now():
    fns = []
    for i in range(3):
        def show(i=i):
            return i
        fns.append(show)
    return list(map(lambda f: f(), fns))
print(default_captures_now())
