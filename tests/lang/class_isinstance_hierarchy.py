# isinstance/issubclass over class hierarchies and tuples of classes.
class Vehicle:
    pass


class Car(Vehicle):
    pass


class Truck(Vehicle):
    pass


class Pickup(Car, Truck):
    pass


class Boat:
    pass


objs = [Vehicle(), Car(), Truck(), Pickup(), Boat()]
classes = [Vehicle, Car, Truck, Pickup, Boat, object]
print('%-8s' % '', ' '.join('%-7s' % c.__name__ for c in classes))
for o in objs:
    print('%-8s' % type(o).__name__, ' '.join('%-7s' % isinstance(o, c) for c in classes))
print(issubclass(Pickup, (Boat, Truck)), issubclass(Boat, (Car, Truck)))
print(isinstance(Pickup(), (int, str, Car)), isinstance(3, (Vehicle, (str, int))))
print(issubclass(Car, Car), issubclass(bool, int), issubclass(int, bool))
print(isinstance(True, int), isinstance(Car, type), isinstance(type, object), isinstance(object, type))
print(type(Pickup()) is Car, type(Pickup()) == Pickup)
print([c.__name__ for c in Vehicle.__subclasses__()])
print(issubclass(Exception, BaseException), issubclass(KeyError, LookupError), isinstance(KeyError(), IndexError))
try:
    isinstance(Car(), Car())
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(Car(), Vehicle)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(Car, 'Vehicle')
except TypeError as e:
    print('TypeError:', e)


def classify(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, (str, bytes)):
        return 'text'
    if isinstance(x, Vehicle):
        return 'vehicle:' + type(x).__name__
    return 'other:' + type(x).__name__


print([classify(v) for v in [1, 2.0, True, 's', b'b', Pickup(), None, [], Boat()]])
