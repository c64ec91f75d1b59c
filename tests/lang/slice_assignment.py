# Slice assignment with steps and lengths changing the list size.
base = list(range(10))
def show(label, lst):
    print(label.ljust(22), lst)
a = base[:]
a[2:5] = []
show('delete via assign', a)
a = base[:]
a[2:2] = ['x', 'y', 'z']
show('insert at 2', a)
a = base[:]
a[-2:] = 'AB'
show('replace tail', a)
a = base[:]
a[:3] = [a[0] + a[1] + a[2]]
show('collapse head', a)
a = base[:]
a[::3] = ['s'] * 4
show('step 3', a)
a = base[:]
a[8:1:-2] = ['r', 'r', 'r', 'r']
show('negative step', a)
a = base[:]
a[100:] = [100]
show('beyond end', a)
a = base[:]
a[-100:1] = ['start']
show('before start', a)
a = base[:]
a[5:2] = ['mid']
show('empty slice insert', a)
a = base[:]
a[1::2] = a[::2]
show('self-referential', a)
a = base[:]
del a[1:-1:2]
show('del stepped', a)
a = base[:]
del a[::-1]
show('del all reversed', a)
a = base[:]
del a[5:100]
show('del beyond', a)
a = base[:]
try:
    a[::2] = range(3)
except ValueError as e:
    print('ValueError:', e)
try:
    a[1:3] = None
except TypeError as e:
    print('TypeError:', e)
