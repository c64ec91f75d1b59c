# try/except inside loops; retry logic; exceptions with break/continue.
data = ['1', 'x', '3', '', '5.5', '7']
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    finally:
        pass
print(total, bad)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('try again')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('attempt', attempts, 'failed:', e)
results = []
for d in (2, 0, 5, 'a', None):
    try:
        results.append(10 / d)
    except ZeroDivisionError:
        results.append('inf')
    except TypeError as e:
        results.append(type(d).__name__)
    else:
        results.append('ok')
print(results)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            continue
    return None
print(first_int(['a', None, '42', '7']), first_int([]))
for i in range(3):
    try:
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError:
            print('inner caught', i)
            raise
    except KeyError as e:
        print('outer caught', e)
