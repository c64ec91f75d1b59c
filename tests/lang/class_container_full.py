# A complete user-defined container: len, iter, reversed, contains, get/set/del, eq.
class Row:
    def __init__(self, **fields):
        self._keys = list(fields)
        self._vals = list(fields.values())

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def __reversed__(self):
        print('  __reversed__ called')
        return reversed(self._keys)

    def __contains__(self, key):
        return key in self._keys

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._vals[key]
        try:
            return self._vals[self._keys.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if key in self._keys:
            self._vals[self._keys.index(key)] = value
        else:
            self._keys.append(key)
            self._vals.append(value)

    def __delitem__(self, key):
        i = self._keys.index(key)
        del self._keys[i]
        del self._vals[i]

    def __eq__(self, other):
        return isinstance(other, Row) and list(zip(self._keys, self._vals)) == list(zip(other._keys, other._vals))

    def __repr__(self):
        return 'Row(%s)' % ', '.join('%s=%r' % kv for kv in zip(self._keys, self._vals))


r = Row(id=1, name='ann', age=30)
print(r, len(r), list(r), list(reversed(r)), 'name' in r, 'zip' in r)
print(r['name'], r[0], r[-1])
r['age'] += 1
r['email'] = 'a@x'
del r['id']
print(r, r == Row(name='ann', age=31, email='a@x'), r == Row())
print(dict((k, r[k]) for k in r), sorted(r), max(r, key=len))
try:
    r['phone']
except KeyError as e:
    print('KeyError:', e)
try:
    del r['phone']
except ValueError as e:
    print('ValueError:', e)
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
