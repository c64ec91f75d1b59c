# Invalid numeric literals.
x = 0o8
