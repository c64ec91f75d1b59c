# enum: class definition errors (reused names, extending, reserved names, _order_) and lookup errors.
from enum import Enum


class Status(Enum):
    ACTIVE = 'a'


class Lst(Enum):
    A = [1, 2]
    B = [3]


class U(Enum):
    A = 1
    B = 2


class Empty(Enum):
    def hello(self):
        return 'hello from ' + self.name


class Ext(Empty):
    X = 1


print(list(Empty), len(Empty), Empty, list(Ext), Ext.X.hello())


def attempt(label, make):
    try:
        make()
        print(label, 'created?!')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def reuse():
    class Bad(Enum):
        A = 1
        A = 2


def extend():
    class Sub(U):
        C = 3


def sunder():
    class Bad(Enum):
        _x_ = 1


def bad_order():
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


def mro_name():
    class Bad(Enum):
        mro = 1


def method_clash():
    class Bad(Enum):
        A = 1

        def A(self):
            pass


for label, make in [('reuse', reuse), ('extend', extend), ('sunder', sunder), ('order', bad_order),
                    ('mro', mro_name), ('clash', method_clash), ('lookup', lambda: Lst([9])),
                    ('status', lambda: Status('x'))]:
    attempt(label, make)
print(Lst([1, 2]), Lst.A.value)
