# Function definitions, calls, return values.
def add(a, b):
    return a + b
print(add(1, 2), add('a', 'b'), add([1], [2]))
def no_return():
    x = 1
print(no_return())
def empty_return():
    return
print(empty_return())
def multi():
    return 1, 'two', [3]
print(multi())
def early(n):
    if n < 0:
        return 'negative'
    if n == 0:
        return 'zero'
    return 'positive'
print(early(-5), early(0), early(5))
def nested_def():
    def inner(x):
        return x * 2
    return inner(21)
print(nested_def())
f = add
print(f(10, 20), f is add, f.__name__)
print(callable(add), callable(5))
def doc():
    "docstring"
    return doc.__doc__
print(doc())
def outer():
    return inner_later()
def inner_later():
    return 'defined after outer'
print(outer())
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
funcs = [add, early, len]
print(funcs[0](2, 3), funcs[1](1), funcs[2]('abc'))
def pass_through(x):
    pass
print(pass_through(1))
print(type(add).__name__)
