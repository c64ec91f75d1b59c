# Default arguments and their evaluation time.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(punct='.', name='Di'))
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
n = 10
def uses_default(x=n):
    return x
n = 20
print(uses_default(), n)
def counter(start=0, step=1, *, limit=None):
    return (start, step, limit)
print(counter(), counter(5), counter(5, 2), counter(limit=3))
print(append_to.__defaults__, greet.__defaults__, counter.__kwdefaults__)
def calls_at_def(v=len('abc')):
    return v
print(calls_at_def())
def expr_default(a, b=2 * 3, c=[1, 2][1]):
    return a + b + c
print(expr_default(1))
