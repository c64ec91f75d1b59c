def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e
    except (TypeError, KeyError):
        raise
