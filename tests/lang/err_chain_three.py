# Three chained exceptions: cause and context mixed.
def level3():
    return 1 / 0


def level2():
    try:
        level3()
    except ZeroDivisionError as e:
        raise ValueError('level2 failed') from e


def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError('level1 failed')


level1()
