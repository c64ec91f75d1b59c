class P:
    __slots__ = 'x', 'y'
    def __init__(self, x=0, y=0):
        self.x = x; self.y = y
    def __iter__(self):
        yield self.x
        yield self.y
