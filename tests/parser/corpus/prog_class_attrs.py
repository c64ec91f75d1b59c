class Counter:
    count: int = 0
    __slots__ = ('x',)
    def __init_subclass__(cls, /, **kw):
        super().__init_subclass__(**kw)
    def __repr__(self):
        return f'{type(self).__name__}({self.x!r})'
