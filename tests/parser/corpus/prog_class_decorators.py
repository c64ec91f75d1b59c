import functools

def register(cls):
    REGISTRY[cls.__name__] = cls
    return cls

@register
@functools.total_ordering
class V:
    def __eq__(self, o): return True
    def __lt__(self, o): return False
