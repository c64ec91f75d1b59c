# Item and slice assignment and deletion on bytearray.
b = bytearray(b'abcdefgh')
b[0] = 65
b[-1] = 72
print(b)
b[1:3] = b'XYZ'
print(b)
b[2:2] = [49, 50]
print(b)
b[::2] = b'_' * len(b[::2])
print(b)
del b[0]
del b[-2:]
print(b)
del b[::3]
print(b)
b[1:4] = bytearray(b'')
print(b)
b[:] = b
print(b)
b[len(b):] = range(3)
print(b)
b[-1:-4:-1] = b'wxy'
print(b)
def show(f):
    try:
        f()
        print(b)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
def set_item(k, v):
    b[k] = v
def del_item(k):
    del b[k]
show(lambda: set_item(0, 256))
show(lambda: set_item(0, -1))
show(lambda: set_item(0, 'a'))
show(lambda: set_item(100, 1))
show(lambda: set_item('x', 1))
show(lambda: set_item(slice(0, 1), 5))
show(lambda: set_item(slice(0, 1), 'abc'))
show(lambda: set_item(slice(0, 1), [300]))
show(lambda: set_item(slice(0, 4, 2), b'xyz'))
show(lambda: set_item(slice(0, 4, 2), b'xy'))
show(lambda: del_item(100))
show(lambda: del_item(-100))
show(lambda: del_item('a'))
show(lambda: set_item(2 ** 70, 1))
print(len(b), b[0], b[-1], b[1:3], type(b[1:3]).__name__)
