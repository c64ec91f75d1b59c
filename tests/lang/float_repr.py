# Shortest round-trip repr of floats.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, -1.0, 100.0, 1e16, 1e17,
        123456789.0, 1234567890123456789.0, 0.000123, 1e-7, 3.0e-5,
        1.5, 2.675, 1.1 * 3, 9007199254740993.0, 4.35, 0.3, 1e300 * 10,
        2.5e-310, 1 / 7, 22 / 7, 355 / 113, 1e15 + 0.3, 12345.6789]
for v in vals:
    print(repr(v), str(v))
print(float('0.1'), float('1e5'), float('-2.5E-3'), float(' 3.25 '))
print(float('inf'), float('-inf'), float('Infinity'), float('-INF'), float('nan'))
print(float('1_000.5'), float(7), float(2 ** 60), float(-0))
print(float(), float('  -0.0  '))
print(3.0, 3.10, 3.14000, -0.0 * 1)
print(1e16 + 1, 1e15 + 1)
print(0.1 * 3, 0.7 + 0.1, 1.1 + 2.2)
print(float(10 ** 20), float(10 ** 22), float(10 ** 23))
print(float(2 ** 1023) * 2)
