vals = [0, -0, 1_000, 0b11, 0o17, 0xAb, 1.5, -2.5e-3, 3j, 1e3j, 0.0, 1e-10, 1_2.3_4e5_6]
print(sum(v.real for v in vals))
