def f(import): pass
