a = f'{f"{x}"}'
b = f"{'a' 'b'}"
c = f'{x:{y:{z}}}'
d = f'result: {f"{a!r}" + "b"}'
