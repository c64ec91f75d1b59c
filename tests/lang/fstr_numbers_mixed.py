# Numbers in formatting: rounding (half-even), bools, big ints, negative zero, float repr.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005]:
    print('%-6r %s %s %s %s' % (v, format(v, '.0f'), format(v, '.2f'), round(v), round(v, 2)))
print([round(x) for x in (0.5, 1.5, 2.5, -2.5)], round(1234.5678, -2), round(-0.4))
print(repr(0.1 + 0.2), str(0.1 + 0.2), f'{0.1 + 0.2:.17g}', f'{0.1 + 0.2}')
print(1e16, 1e15, 123456789.123456789, 1 / 3, 2 / 3, 10 / 4, 1e-5, 0.0001)
print(f'{True + True} {True:d} {False:.2f} {True!s} {True:>5} {True:<5}|')
print(f'{2 ** 64} {2 ** 64:,} {-(2 ** 64):x} {2 ** 64:.3e} {2 ** 64:e}')
print(f'{-0.0} {-0.0:.1f} {-0.0:+} {0.0:+} {-0.0:g} {abs(-0.0)}')
print(f'{1e300 * 1e300} {-1e300 * 1e300} {float("nan")} {-float("nan")}')
print(f'{100:.2%} {0.001234:.1%} {1:%} {-0.5:+.0%}')
print(str(1.0), str(10.0), str(1e22), str(1.5e-7), str(123e4), str(-0.0))
print(f'{3:.1f}', f'{3.0:.0f}', f'{3:g}', f'{3:e}', f'{7 // 2} {7 % -3} {-7 // 2}')
print(int(3.9), int(-3.9), float(3), float('1e3'), float('-inf'), float(' 2.5 '))
print(f'{12345.6789:.2f}', f'{12345.6789:.2e}', f'{12345.6789:.2g}', f'{12345.6789:.6g}', f'{12345.6789:.7g}')
print(f'{5e-324} {1.7976931348623157e308} {2.2250738585072014e-308:.3e}')
try:
    print(f'{10 ** 400:e}')
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
