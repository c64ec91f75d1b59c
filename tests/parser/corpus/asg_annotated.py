x: int
x: int = 1
a.b: str
a[0]: float = 1.0
(x): int = 1
x: list[int] = []
x: 'forward' = None
x: tuple = 1, 2
x: int = yield
