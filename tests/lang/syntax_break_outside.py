# break outside a loop.
def f():
    print('never printed')
    break
f()
