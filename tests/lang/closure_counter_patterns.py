# Closure-based objects: counters, accumulators, simple state machines.
def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(('+', amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError('insufficient: %d > %d' % (amount, balance))
        balance -= amount
        history.append(('-', amount))
        return balance
    def report():
        return balance, list(history)
    return {'deposit': deposit, 'withdraw': withdraw, 'report': report}
acct = make_account(100)
acct['deposit'](50)
acct['withdraw'](30)
try:
    acct['withdraw'](500)
except ValueError as e:
    print('ValueError:', e)
print(acct['report']())
other = make_account(5)
print(other['report'](), acct['report']()[0])
def traffic_light():
    states = ['green', 'yellow', 'red']
    idx = 0
    def advance():
        nonlocal idx
        idx = (idx + 1) % len(states)
        return states[idx]
    def current():
        return states[idx]
    return advance, current
adv, cur = traffic_light()
seq = [cur()]
for _ in range(5):
    seq.append(adv())
print(seq)
def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print(list(map(avg, [10, 20, 30, 40])))
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
calls = []
init = once(lambda: calls.append('init') or 'ready')
print(init(), init(), calls)
