# super() in different forms: two-argument super, __class__ cell, classmethods, skipping.
class A:
    def who(self):
        return ['A']
    @classmethod
    def create(cls):
        return 'A.create for ' + cls.__name__

class B(A):
    def who(self):
        return ['B'] + super().who()

class C(A):
    def who(self):
        return ['C'] + super().who()

class D(B, C):
    def who(self):
        return ['D'] + super().who()
    def skip_b(self):
        return super(B, self).who()
    def only_a(self):
        return super(C, self).who()
    def cls_cell(self):
        return __class__.__name__
    @classmethod
    def create(cls):
        return 'D -> ' + super().create()

d = D()
print(d.who(), d.skip_b(), d.only_a(), d.cls_cell())
print(D.create(), B.create())
print(super(D, d).who(), super(B, D).who(d))

class E(D):
    pass

print(E().cls_cell(), E.create())
sup = super(D, d)
print(type(sup).__name__)

class Attr:
    x = 'class attr'

class AttrChild(Attr):
    x = 'child attr'
    def parent_x(self):
        return super().x
    def set_via_super(self):
        try:
            super().x = 1
        except AttributeError as e:
            return 'AttributeError: ' + str(e)

ac = AttrChild()
print(ac.parent_x(), ac.x, ac.set_via_super())

class Meth:
    def run(self):
        def inner():
            return super().run()
        return inner()

try:
    Meth().run()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(A, B()).nonexistent
except AttributeError as e:
    print('AttributeError:', e)
try:
    super(int, 'x')
except TypeError as e:
    print('TypeError:', e)
