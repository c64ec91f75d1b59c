# The = specifier in f-strings: self-documenting expressions (Python 3.8+).
x = 10
name = 'Ann'
items = [1, 2, 3]
print(f'{x=}')
print(f'{x = }')
print(f'{x=!s}')
print(f'{name=}')
print(f'{name=!s}')
print(f'{name = !r}')
print(f'{x * 2 + 1=}')
print(f'{items[1:]=}')
print(f'{len(items)=} {sum(items)=}')
print(f'{x=:>6}|')
print(f'{x=:08.3f}')
print(f'{3.5=}', f'{None=}', f'{"lit"=}')
print(f'{name.upper()=:^11}|')
print(f'{ x  =  }')
d = {'k': 1}
print(f'{d["k"]=}', f"{d['k']=}")
pi = 3.14159
print(f'{pi=:.2f}', f'{pi=!r:>12}')
print(f'{x=}{name=}')


class P:
    def __repr__(self):
        return 'P()'

    def __str__(self):
        return 'a P'


p = P()
print(f'{p=}', f'{p=!s}', f'{p = :}')
try:
    print(f'{missing=}')
except NameError as e:
    print('NameError:', e)
