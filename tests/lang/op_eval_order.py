# Evaluation order of operands, arguments and subscripts.
log = []
def v(label, value):
    log.append(label)
    return value
r = v('a', 1) + v('b', 2) * v('c', 3)
print(r, log)
log.clear()
r = v('a', 2) ** v('b', 3) ** v('c', 2)
print(r, log)
log.clear()
d = {}
d[v('key', 'k')] = v('value', 'v')
print(d, log)
log.clear()
lst = [0, 0, 0]
lst[v('index', 1)] += v('amount', 5)
print(lst, log)
log.clear()
def f(*args, **kwargs):
    return args, kwargs
print(f(v('p1', 1), v('p2', 2), k=v('kw', 3)), log)
log.clear()
x = [v('e1', 1), v('e2', 2)], {v('k1', 'a'): v('v1', 1), v('k2', 'b'): v('v2', 2)}
print(x, log)
log.clear()
a, b = v('rhs1', 1), v('rhs2', 2)
print(a, b, log)
log.clear()
print(v('lt1', 1) < v('lt2', 2) < v('lt3', 3), log)
log.clear()
print(v('cond', True) and v('and2', 0) or v('or2', 'x'), log)
log.clear()
res = v('then', 'T') if v('test', 0) else v('else', 'E')
print(res, log)
log.clear()
print(v('obj', [10, 20, 30])[v('start', 0):v('stop', 2)], log)
