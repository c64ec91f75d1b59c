# __init__ returning a value, uncaught: TypeError at the call site.

class Odd:
    def __init__(self, v):
        self.v = v
        if v > 2:
            return v

objs = []
for i in range(5):
    objs.append(Odd(i))
print(len(objs))
