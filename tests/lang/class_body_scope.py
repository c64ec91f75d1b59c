# The class body is executed top to bottom like a function body, with its own scope.
print('before class')
counter = 100

class Example:
    print('executing class body')
    a = 1
    b = a + 1
    counter = counter + 1
    items = [a, b]
    for i in range(3):
        items.append(i * 10)
    del i
    if b > 1:
        big = True
    else:
        small = True
    def method(self):
        return (self.a, counter)
    print('names so far:', sorted(k for k in dir() if not k.startswith('__')))

print('after class')
print(Example.counter, counter, Example.items, Example().method())
print(hasattr(Example, 'big'), hasattr(Example, 'small'), hasattr(Example, 'i'))

class Shadow:
    value = 'class level'
    def get(self):
        try:
            return value
        except NameError as e:
            return 'NameError: ' + str(e)
    def get_via_self(self):
        return self.value

print(Shadow().get(), Shadow().get_via_self())
x = 'global x'

def f():
    x = 'enclosing x'
    class C:
        y = x
        x = 'class x'
        z = x
        def m(self):
            return x
    return C

C = f()
print(C.y, C.z, C().m())

class Returns:
    def first(self):
        return 1
    first_copy = first
    def first(self):
        return 'redefined'

print(Returns().first(), Returns().first_copy())
try:
    class Fails:
        a = 1
        b = undefined_name
except NameError as e:
    print('NameError:', e)
print('Fails' in globals())
