# Conditional expressions inside comprehensions (in the value, key, and filter parts).
nums = range(-3, 7)
print(['neg' if n < 0 else 'zero' if n == 0 else 'pos' for n in nums])
print([n if n % 2 else -n for n in nums if n])
print({('even' if n % 2 == 0 else 'odd'): n for n in range(5)})
print(['fizzbuzz' if i % 15 == 0 else 'fizz' if i % 3 == 0 else 'buzz' if i % 5 == 0 else i
       for i in range(1, 16)])
print([x for x in range(10) if (x > 5 if x % 2 else x < 3)])
grades = {'ann': 91, 'bob': 78, 'cid': 85, 'dee': 62, 'eve': 55}
letter = {name: 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'D' if s >= 60 else 'F'
          for name, s in grades.items()}
print(letter)
print([(name, 'pass') if s >= 60 else (name, 'fail') for name, s in sorted(grades.items())])
words = ['Hello', 'world', 'PYTHON', 'mixedCase']
print([w.lower() if w.isupper() else w.upper() if w.islower() else w.swapcase() for w in words])
print([a if a > b else b for a, b in zip([1, 5, 3], [4, 2, 6])])
print(sum(x if x > 0 else 0 for x in [-1, 2, -3, 4]))
print([len(x) if isinstance(x, (str, list)) else x for x in ['ab', [1, 2, 3], 7, '']])
print([(1 / x if x else float('inf')) for x in [2, 0, -4]])
try:
    [1 / x if x >= 0 else x for x in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [x.upper() if x else None for x in ['a', 0, 5]]
except AttributeError as e:
    print('AttributeError:', e)
