greeting = 'Привет, мир'
math = 'α + β = γ'
cjk = '中文字符'
mixed = f'{greeting} — {math} — {cjk}'
print(len(mixed), mixed.upper())
