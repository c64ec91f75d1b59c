a, b, c,
