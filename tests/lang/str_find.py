# find, rfind, index, rindex, count.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'), s.find('xyz'), s.rfind('xyz'))
print(s.find('o'), s.rfind('o'), s.find('o', 5), s.find('o', 5, 7), s.rfind('o', 0, 10))
print(s.find(''), s.rfind(''), s.find('', 100), s.find('h', -6))
print(s.find('hello', 1), s.find('hello', -12), s.rfind('l', -5, -1))
print(s.index('world'), s.rindex('hello'), s.index('o', 8))
print(s.count('l'), s.count('hello'), s.count(''), s.count('o', 10), s.count('l', 0, 4))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'))
print(''.count(''), ''.find(''), 'abc'.count('abcd'))
print(s.find('o', None, None), s.count('l', None, 10))
try:
    s.index('xyz')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('xyz')
except ValueError as e:
    print('ValueError:', e)
try:
    s.index('hello', 15)
except ValueError as e:
    print('ValueError:', e)
try:
    s.find(5)
except TypeError as e:
    print('TypeError:', e)
