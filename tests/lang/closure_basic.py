# Closures capture variables from enclosing scopes.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_multipliers():
    result = []
    for i in range(4):
        def mul(x, i=i):
            return x * i
        result.append(mul)
    return result
print(list(map(lambda f: f(10), make_multipliers())))
def outer():
    msg = 'outer value'
    def middle():
        def inner():
            return msg
        return inner
    return middle()()
print(outer())
def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = counter_factory()
c2 = counter_factory()
print(c1(), c1(), c1(), c2())
def see_later_binding():
    def get():
        return value
    value = 'assigned after def'
    return get()
print(see_later_binding())
def pair():
    shared = []
    def push(v):
        shared.append(v)
    def items():
        return list(shared)
    return push, items
push, items = pair()
push(1)
push(2)
print(items())
x = 'module'
def f():
    x = 'enclosing'
    def g():
        return x
    return g()
print(f(), x)
print(add5.__closure__ is not None, make_adder.__closure__)
