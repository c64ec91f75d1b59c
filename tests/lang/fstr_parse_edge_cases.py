# Tricky f-string parsing: lambdas, dict literals, colons, comparisons, !=, walrus.
x = 5
d = {'a': 1}
print(f'{(lambda y: y * 2)(x)}')
print(f'{ {"k": x} }', f'{ {"k": x}["k"] }')
print(f'{d["a"] if x != 4 else 0}')
print(f'{x!r:>4}', f'{x != 5}', f'{x == 5 != False}')
print(f'{(y := 10)} {y}')
print(f'{x:{"<"}{3}}|', f'{x:>{x}}|')
print(f'{[i for i in range(3)]}', f'{ {i for i in range(1)} }', f'{(i for i in []).__class__.__name__}')
print(f'{"a" if x else "b"}', f'{"{" + "}"}', f'{"}}"}')
print(f'{x:}', f'{x!s:}', f'{x:{""}}')
print(f'{1:{2}}', f'{3.14159:{".{}f".format(2)}}')
print(f'{x}' f'{x}' '{x}' f'{{x}}')
print(f'{ x }', f'{x !r}', f'{ x!r}')
print(f'{"a:b"}', f'{"a!r"}', f'{x:5}:{x:<5}:')
print(f'{x=:{"*"}^9}')
t = (1, 2)
print(f'{t}', f'{t[0]:03}', f'{t!r:>10}', f'{*t,}')
print(f'{3 + 4 if False else 7}', f'{2 ** 3 ** 2}', f'{-x:+}', f'{~x}')
print(f'{"nested {braces}"}', f'{"%d" % x}', f'{"{}".format(x)}')
print(f"{'\\'}", f'{x:\x3e4}', f'\N{GREEK SMALL LETTER ALPHA}{x}')
try:
    exec("f'{}'")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    exec("f'{x!}'")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    exec("f'{x'")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    exec("f'}'")
except SyntaxError as e:
    print('SyntaxError:', e.msg)
