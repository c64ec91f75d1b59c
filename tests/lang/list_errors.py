# Error messages for lists.
a = [1, 2, 3]
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a['0'])
show(lambda: a[1.5])
show(lambda: a.nosuch)
show(lambda: a + 1)
show(lambda: a * 'x')
show(lambda: a.index(7))
show(lambda: [].pop())
show(lambda: a.remove('q'))
show(lambda: hash(a))
show(lambda: {a: 1})
show(lambda: list(5))
show(lambda: a < 'x')
def setitem():
    a[10] = 0
show(setitem)
def delitem():
    del a[5]
show(delitem)
def badkey():
    a[None] = 1
show(badkey)
print(a)
