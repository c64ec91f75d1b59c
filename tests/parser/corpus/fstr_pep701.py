a = f"{"nested same quotes"}"
b = f'{'x' + 'y'}'
c = f"{x['key']}"
d = f"{d["k"]}"
