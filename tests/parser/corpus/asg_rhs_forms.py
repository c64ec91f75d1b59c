x = yield
x = yield 1
x = yield from g
x = *a, b
x = lambda: 1
x = a if b else c
x = await_ = 1
