name = 'x'
a = f'hello {name}'
b = F"{name}"
c = f'{name}{name}'
d = f''
e = f'plain'
