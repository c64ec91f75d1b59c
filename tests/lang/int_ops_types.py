# Unsupported operand types for ints.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError:', e)

attempt('int+str', lambda: 1 + 'a')
attempt('str+int', lambda: 'a' + 1)
attempt('int-str', lambda: 1 - 'a')
attempt('int*str', lambda: 3 * 'ab')
attempt('int/None', lambda: 1 / None)
attempt('int//list', lambda: 1 // [])
attempt('int%tuple', lambda: 1 % ())
attempt('int**str', lambda: 2 ** 'x')
attempt('int&float', lambda: 1 & 1.0)
attempt('int|str', lambda: 1 | 'a')
attempt('int^None', lambda: 1 ^ None)
attempt('int<<float', lambda: 1 << 2.0)
attempt('float>>int', lambda: 8.0 >> 1)
attempt('-str', lambda: -'a')
attempt('~float', lambda: ~1.5)
attempt('+list', lambda: +[])
attempt('None+None', lambda: None + None)
attempt('list+tuple', lambda: [1] + (2,))
attempt('dict+dict', lambda: {} + {})
attempt('int*list', lambda: 2 * [0])
attempt('list*list', lambda: [1] * [2])
attempt('str*float', lambda: 'a' * 2.0)
attempt('pow3', lambda: pow(2.0, 3, 5))
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError:', e)
