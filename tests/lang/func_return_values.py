# Return semantics: early returns, return in loops, implicit None, tuples.
def find_first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
print(find_first_negative([3, 1, -4, -1]), find_first_negative([1, 2]))
def nested_loops(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
    return 'none'
print(nested_loops(5), nested_loops(2))
def while_return():
    k = 0
    while True:
        k += 1
        if k * k > 50:
            return k
print(while_return())
def returns_function(kind):
    if kind == 'sq':
        return lambda x: x * x
    elif kind == 'neg':
        def neg(x):
            return -x
        return neg
print(returns_function('sq')(7), returns_function('neg')(7), returns_function('other'))
def returns_list():
    return [1, 2, 3]
r1 = returns_list()
r2 = returns_list()
r1.append(4)
print(r1, r2, r1 is r2)
def swap(a, b):
    return b, a
x, y = swap('left', 'right')
print(x, y)
def returns_none_explicit():
    return None
print(returns_none_explicit() is None)
def side_effect_then_return(lst):
    lst.append('touched')
    return len(lst)
data = []
print(side_effect_then_return(data), data)
def return_in_try():
    try:
        return 'from try'
    except Exception:
        return 'from except'
print(return_in_try())
