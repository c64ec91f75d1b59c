class MyError(Exception):
    pass

def risky(x):
    if x < 0:
        raise MyError('negative') from ValueError(x)
    return x

try:
    risky(-1)
except MyError as e:
    print('caught', e, e.__cause__)
else:
    print('no error')
finally:
    print('done')
