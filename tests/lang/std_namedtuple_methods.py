# namedtuple helper methods: _replace, _asdict, _fields, _make, subclassing.
from collections import namedtuple

Employee = namedtuple('Employee', 'name dept salary', defaults=[0])
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops'), Employee._make(['cid', 'eng', 95])]
for e in staff:
    print(e, e._asdict())
raised = [e._replace(salary=e.salary + 10) for e in staff]
print(raised)
print(staff[0]._replace(dept='mgmt', name='ANN'), staff[0])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, sorted(staff, key=lambda e: e.salary))
print(Employee._fields, Employee._field_defaults, Employee.__name__)
try:
    staff[0]._replace(age=3)
except (ValueError, TypeError) as err:
    print(type(err).__name__ + ':', err)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return '<%g, %g>' % self


v = Vec(3, 4) + Vec(1, 1)
print(v, repr(v), v.norm, Vec(3, 4).norm, v._replace(x=0), type(v._replace(x=0)).__name__)
Node = namedtuple('Node', 'value children')
tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])


def total(n):
    return n.value + sum(total(c) for c in n.children)


print(total(tree), tree.children[1].children[0])
print(Employee('x', 'y')._asdict() == {'name': 'x', 'dept': 'y', 'salary': 0})
try:
    v.z = 1
except AttributeError as err:
    print('AttributeError:', err)
