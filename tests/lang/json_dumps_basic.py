# json.dumps: scalars, containers, number formatting, dict key coercion, subclasses.
import json

values = [None, True, False, 0, -7, 2 ** 70, -(2 ** 64), 1.0, -0.0, 0.1, 1e16, 1.5e-10, 123456789.125,
          float('inf'), float('-inf'), float('nan'), '', 'plain', [], {}, (), [1, [2, [3, []]]],
          {'a': {'b': {'c': {}}}}, (1, (2,)), [None, True, 'x', 1.25]]
for v in values:
    print(json.dumps(v))
print(json.dumps({3: 'int', 1.5: 'float', False: 'false', None: 'none', 'str': 'str'}))
print(json.dumps({2 ** 65: 'big', -0.0: 'negzero', float('inf'): 'inf', float('nan'): 'nan'}))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}), json.dumps({'z': 1, 'a': 2, 'm': 3}, sort_keys=True))
print(json.dumps({1: 'a', 2: 'b', 10: 'c'}, sort_keys=True), json.dumps({'b': [], 'a': {}}, sort_keys=True))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    def __str__(self):
        return 'MyInt str'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(k=MyInt(1))]))
print(json.dumps({MyInt(7): 1, MyStr('key'): 2, MyFloat(0.5): 3}))
print(json.dumps([True, False, 1, 0]), json.dumps({True: 1}), json.dumps([1 == 1]))
print(json.dumps(list(range(5))), json.dumps(dict(zip('abc', range(3)))))
print(json.dumps('a' * 3 + 'é'), json.dumps(['x'] * 3, separators=(',', ':')))
print(json.dumps({'nested': [{'a': 1}, {'b': [2, 3]}]}, separators=(', ', ' = ')))
print(type(json.dumps(1)).__name__, json.dumps(json.dumps({'q': '"'})))
