# Evaluation order in generator expressions: the first iterable is evaluated at
# creation, everything else on consumption; late binding of other names.
def source(label, n):
    print('  evaluating iterable', label)
    return range(n)


print('creating')
g = (x + y for x in source('outer', 2) for y in source('inner', 2))
print('created; consuming')
print(list(g))
n = 3
gen = (i * n for i in range(3))
n = 100
print(list(gen))
items = [1, 2, 3]
gen2 = (x for x in items)
items = ['replaced']
print(list(gen2))
items = [1, 2, 3]
gen3 = (x for x in items)
items.append(4)
print(list(gen3))
try:
    bad = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
bad2 = (x for x in [1] for y in 5)
print('inner error is deferred')
try:
    list(bad2)
except TypeError as e:
    print('TypeError on consumption:', e)
try:
    undefined_gen = (x for x in undefined_name)
except NameError as e:
    print('NameError at creation:', e)
late = (x + later for x in range(2))
later = 10
print(list(late))
print(list((lambda: (k for k in 'ab'))()))


def calls(tag):
    print('  call', tag)
    return tag


result = [calls('a'), calls('b')] + list(calls(c) for c in 'xy')
print(result)
print(sum(x for x in range(3)), sum((x for x in range(3)), 10))
