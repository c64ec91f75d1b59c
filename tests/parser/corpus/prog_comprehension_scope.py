x = 10
result = [x for x in range(3)]
squares = {n: n * n for n in range(5) if n % 2}
flat = [y for row in [[1, 2], [3]] for y in row]
pairs = {(a, b) for a in 'ab' for b in 'cd' if a != b}
