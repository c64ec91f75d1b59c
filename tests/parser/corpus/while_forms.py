while x:
    pass
while True:
    break
else:
    pass
while (x := f()): pass
