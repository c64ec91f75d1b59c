"""Helper module for the mod_ tests: raises while being imported."""
print('ml_broken: start of module body')
value = 1


def compute():
    return {}['missing-key']


result = compute()
print('ml_broken: never reached')
