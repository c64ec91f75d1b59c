# json.loads: every value kind, whitespace, numbers (ints, floats, exponents, big), duplicates.
import json

docs = ['null', 'true', 'false', '0', '-0', '7', '-12', '3.25', '-0.5', '1e3', '1E-3', '2.5e+2', '1e400',
        '-1e400', '123456789012345678901234567890', '0.1', '1.7976931348623157e308', '5e-324', '""', '"x"',
        '[]', '{}', '[[]]', '[{}]', ' \t\n\r 1 \r\n\t ', '[1,2,3]', '[ 1 , 2 ]', '{"a":1}', '{ "a" : [ ] }',
        'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', '{"a": 1, "a": 2, "b": 3, "a": 4}',
        '[true,false,null]', '{"": ""}', '[-0.0, 0e0, 0E+1]', '{"nested": {"deep": {"deeper": [1, [2, [3]]]}}}']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), '->', repr(v), type(v).__name__)
print(json.loads('[1.0, 1]') == [1, 1], type(json.loads('1.0')).__name__, type(json.loads('10')).__name__)
big = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(len(big), sum(big), big[-1])
deep = json.loads('[' * 50 + ']' * 50)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print('depth', depth)
obj = json.loads('{"k%d": %d}' % (5, 5))
print(obj, list(json.loads('{"z": 1, "a": 2, "m": 3}')))
print(json.loads('"\\u00e9"') == 'é', json.loads('1.5') + json.loads('2'), -json.loads('-0.0'))
