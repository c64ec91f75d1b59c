# Exceptions thrown into a generator that does not handle them propagate out.
def monitor():
    count = 0
    while True:
        try:
            reading = yield count
        except ValueError as e:
            print('  bad reading ignored:', e)
            continue
        if reading < 0:
            raise ArithmeticError('negative reading %r' % reading)
        count += 1


m = monitor()
next(m)
print(m.send(3), m.send(4))
m.throw(ValueError('glitch'))
print(m.send(5))
try:
    m.send(-1)
except ArithmeticError as e:
    print('ArithmeticError:', e)
print(next(m, 'monitor is dead'))
m2 = monitor()
next(m2)
m2.send(1)
m2.throw(OverflowError('sensor overflow'))
