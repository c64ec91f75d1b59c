# f-strings with names, expressions, calls, indexing, attribute access, nesting.
name = 'world'
n = 7
items = ['a', 'b', 'c']
d = {'key': 'value', 'n': 3}


class P:
    x = 1.5
    tags = ('t1', 't2')


print(f'hello {name}')
print(f'{n} squared is {n * n}, half is {n / 2}, {n // 2} rem {n % 2}')
print(f'{name.upper()} {name[::-1]} {len(name)} {name!r}')
print(f'{items[0]}{items[-1]} {items[1:]} {d["key"]} {d["n"] + 1}')
print(f'{P.x} {P.tags[1]} {P.__name__}')
print(f'{"nested " + f"{n}"}')
print(f'{n if n > 5 else 0} {[i * 2 for i in range(3)]} {dict(a=1)}')
print(f'{(lambda v: v * 10)(n)}')
print(f'{n}{n}{n}', f'', f'no fields', f'{{literal braces}} {{{n}}}')
print(f'{None} {True} {3.0} {-0.0} {10 ** 20} {2 ** -1}')
print(f'{"a" "b"} {1, 2} {(1, 2)} {n,}')
x, y = 3, 4
print(f'{x} + {y} = {x + y}', f'{x < y} {x == y}', f'{x and y} {x or y} {not x}')
print(f'{", ".join(items)}')
print(f'{sum(i for i in range(5))}', f'{max(items, key=ord)}')
print(F'capital F {n}', rf'raw \n {n}', fr'\t{name}')
multi = (f'line {n} '
         f'continues {name}')
print(multi)
print(f'''triple
{name}
quoted''')
try:
    print(f'{undefined_variable}')
except NameError as e:
    print('NameError:', e)
try:
    print(f'{items[10]}')
except IndexError as e:
    print('IndexError:', e)
try:
    print(f'{d["missing"]}')
except KeyError as e:
    print('KeyError:', e)
