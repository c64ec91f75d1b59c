f(x)


