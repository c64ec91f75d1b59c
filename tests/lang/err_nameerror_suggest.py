# Uncaught NameError where CPython 3.12 suggests a similar name.
counter_total = 10


def show():
    print('value:', counter_totl)


print('before')
show()
