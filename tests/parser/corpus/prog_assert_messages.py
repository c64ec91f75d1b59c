def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    assert x >= 0, 'negative'
    return x
