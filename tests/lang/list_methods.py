# All list methods.
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend((2, 6))
a.extend('ab')
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before-last')
a.insert(-100, 'very-first')
print(a)
a.remove('a')
a.remove(1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2))
print(a)
print(a.index(5), a.index(9, 2), a.index(9, 0, 6), a.count(1), a.count('zz'))
b = a.copy()
b.reverse()
print(b, a is b)
a.clear()
print(a, len(a))
n = [5, 2, 8, 1]
print(n.sort(), n)
print(n.reverse(), n)
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3),
            lambda: [1, 2].index(3), lambda: [1].index(1, 1), lambda: [].insert(0),
            lambda: [].append(1, 2), lambda: [1].extend(5), lambda: [1].pop('0')):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
