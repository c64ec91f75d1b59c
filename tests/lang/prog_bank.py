# A tiny bank-account state machine with exceptions.
accounts = {}
log = []


def open_account(name, deposit=0):
    if name in accounts:
        raise KeyError('account exists: ' + name)
    if deposit < 0:
        raise ValueError('negative opening deposit')
    accounts[name] = {'balance': deposit, 'state': 'open', 'history': [('open', deposit)]}


def get(name):
    try:
        acct = accounts[name]
    except KeyError:
        raise LookupError('no such account: ' + name) from None
    if acct['state'] != 'open':
        raise RuntimeError('account %s is %s' % (name, acct['state']))
    return acct


def deposit(name, amount):
    acct = get(name)
    if amount <= 0:
        raise ValueError('deposit must be positive')
    acct['balance'] += amount
    acct['history'].append(('deposit', amount))


def withdraw(name, amount):
    acct = get(name)
    if amount > acct['balance']:
        raise ValueError('insufficient funds in %s: %d < %d' % (name, acct['balance'], amount))
    acct['balance'] -= amount
    acct['history'].append(('withdraw', amount))


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        deposit(src, amount)
        raise


def close(name):
    acct = get(name)
    acct['state'] = 'closed'


ops = [(open_account, 'alice', 100), (open_account, 'bob', 50), (open_account, 'alice', 5),
       (deposit, 'alice', 25), (withdraw, 'bob', 80), (transfer, 'alice', 'bob', 60),
       (close, 'bob'), (deposit, 'bob', 10), (transfer, 'alice', 'bob', 10),
       (withdraw, 'carol', 1), (deposit, 'alice', -5), (open_account, 'dan', -1)]
for op in ops:
    func, args = op[0], op[1:]
    try:
        func(*args)
        log.append('ok   ' + func.__name__ + str(args))
    except (ValueError, KeyError, LookupError, RuntimeError) as e:
        log.append('FAIL %s%s -> %s: %s' % (func.__name__, args, type(e).__name__, e))
print('\n'.join(log))
for name in sorted(accounts):
    a = accounts[name]
    print(name, a['state'], a['balance'], a['history'])
