# import of a Python module placed beside the test (tests/lang/modlib/ml_shapes.py).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_shapes

print(type(ml_shapes).__name__, ml_shapes.__name__, ml_shapes.__doc__)
print(ml_shapes.PI, ml_shapes.UNIT, ml_shapes.circle_area(2), ml_shapes.square_area(3))
r = ml_shapes.Rect(2, 5)
print(r, r.area(), type(r).__name__, type(r).__module__, ml_shapes.Rect.__qualname__)
print(ml_shapes.circle_area.__module__, ml_shapes._private_helper_calls)
print(ml_shapes.__file__.endswith(os.path.join('modlib', 'ml_shapes.py')))
ml_shapes.PI = 3
print(ml_shapes.circle_area(1), ml_shapes._private_helper_calls)
ml_shapes.new_attr = 'added from outside'
print(ml_shapes.new_attr, 'new_attr' in vars(ml_shapes), 'new_attr' in dir(ml_shapes))
print(sorted(k for k in vars(ml_shapes) if not k.startswith('__')))
print(ml_shapes.circle_area.__globals__ is vars(ml_shapes))
print(isinstance(ml_shapes, type(sys)))


def uses_module():
    import ml_shapes as local_alias
    return local_alias is ml_shapes, local_alias.square_area(4)


print(uses_module())
try:
    ml_shapes.triangle_area(1, 2)
except AttributeError as e:
    print('AttributeError:', e)
del ml_shapes.new_attr
try:
    ml_shapes.new_attr
except AttributeError as e:
    print('AttributeError:', e)
