# Truthiness: __bool__, __len__ fallback, errors from bad return values.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print('  __bool__ ->', self.on)
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(Flag(True)), bool(Flag(False)))
if Flag(False) or Flag(True):
    print('or works')
print(not Flag(True))
x = Flag(False) and 'never'
print(type(x).__name__)
print(bool(Sized(0)), bool(Sized(3)), len(Sized(4)), bool(Both()), bool(Neither()))
print([s.n for s in [Sized(0), Sized(2), Sized(0), Sized(1)] if s])
while Sized(0):
    print('unreachable')
print('any/all:', any([Sized(0), Sized(0)]), all([Sized(1), Flag(True)]))


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return '3'


class HugeLen:
    def __len__(self):
        return 2 ** 70


for obj in [BadBool(), NegLen(), StrLen(), HugeLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for obj in [NegLen(), StrLen(), HugeLen()]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    len(Neither())
except TypeError as e:
    print('TypeError:', e)
