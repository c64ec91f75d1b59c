# UserDict, UserList and UserString: wrappers meant for subclassing.
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
d.update([('D', 4)])
print(d, d.data, len(d), 'a' in d, d.get('z', 0), sorted(d.keys()), d.pop('a'), d)
print(d == {'b': 2, 'c': 3, 'd': 4}, d.copy(), type(d.copy()).__name__, d | {'e': 5}, type(d | {}).__name__)
d.setdefault('F', 6)
print(d, list(d.items())[-1], UserDict.fromkeys('xy', 0))
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()['ab'], Missing(a=1)['a'])
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
ul.extend(UserList([9]))
print(ul, ul[1:3], type(ul[1:3]).__name__, ul + [5], [5] + ul, ul * 2, len(ul), 2 in ul)
ul.insert(0, -1)
ul.remove(9)
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2), ul == [0, 1, 2], ul < [0, 2], ul.copy())
ul.reverse()
ul += (7,)
ul *= 2
print(ul, ul.data)
del ul[0]
ul[0] = 'x'
print(ul, list(reversed(ul)))
us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us + '!', '>' + us, us * 2, us[1:3], us[0], len(us))
print(us.replace('l', 'L'), us.split('l'), us.find('l'), us.count('l'), 'ell' in us, us == 'Hello')
print(us.center(11, '*'), us.zfill(8), us.startswith('He'), us.strip('Ho'), us.isalpha(), us < 'Z')
print(type(us.upper()).__name__, int(UserString('42')) + 1, float(UserString('1.5')), hash(us) == hash('Hello'))
print(UserString(123), UserString(UserString('x')), sorted([UserString('b'), UserString('a')]))
