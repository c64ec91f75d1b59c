# The gc module: collect, enable/disable/isenabled, garbage, and their
# argument errors. gilpy defers collections while disabled (it has no
# reference counting), so a disabled loop still runs in bounded memory.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
x = [[i] for i in range(1000)]
del x
n = gc.collect()
print(type(n).__name__, n >= 0)
print(type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
print(gc.garbage)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError', e)
try:
    gc.enable(1)
except TypeError as e:
    print('TypeError', e)
try:
    gc.isenabled(x=1)
except TypeError as e:
    print('TypeError', e)
# Memory stays bounded with collections deferred.
gc.disable()
for i in range(200000):
    y = [i] * 10
print(gc.isenabled(), len(y))
gc.enable()
print(gc.collect.__name__, gc.__name__)
