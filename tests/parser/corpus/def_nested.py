def outer(x):
    def inner(y):
        def innermost():
            return x + y
        return innermost
    class C:
        def m(self): pass
    return inner
