# Uncaught exceptions raised explicitly, with and without messages.
def check(balance, amount):
    if amount <= 0:
        raise ValueError
    if amount > balance:
        raise RuntimeError('insufficient funds: balance ' + str(balance) + ', requested ' + str(amount))
    return balance - amount


b = 100
b = check(b, 30)
print('balance', b)
b = check(b, 80)
