def f(a: int, b: str = 'x', *args: tuple, c: float, **kw: dict) -> None: pass
def g(x: 'fwd') -> list[int]: pass
def h(*args: *Ts): pass
def i(a: int = 1, /, b: int = 2): pass
