def g():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    y = yield from z
    yield *a, b
    await_ = (yield)
