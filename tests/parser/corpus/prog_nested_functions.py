def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f'<{tag}>{fn(*a, **k)}</{tag}>'
        return inner
    return wrap

@deco('b')
@deco('i')
def text(s):
    return s.upper()
