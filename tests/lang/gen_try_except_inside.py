# Exceptions raised and handled inside generators, and errors escaping consumers.
def parse_ints(strings):
    for s in strings:
        try:
            yield int(s)
        except ValueError:
            print('  skipping', repr(s))


print(list(parse_ints(['1', 'x', '3', '', '-4'])))


def safe_div(pairs):
    for a, b in pairs:
        try:
            result = a / b
        except ZeroDivisionError as e:
            yield 'error: %s' % e
        else:
            yield result
        finally:
            print('  done with', (a, b))


print(list(safe_div([(1, 2), (3, 0), (9, 3)])))


def fails_after(n):
    for i in range(n):
        yield i
    raise LookupError('ran out after %d' % n)


collected = []
try:
    for v in fails_after(3):
        collected.append(v)
except LookupError as e:
    print('LookupError:', e, collected)


def consumer_error():
    try:
        yield 1
        yield 2
    except Exception as e:
        print('  never sees consumer errors:', e)
    finally:
        print('  generator finalised')


g = consumer_error()
try:
    for v in g:
        raise KeyError('consumer failed at %d' % v)
except KeyError as e:
    print('KeyError:', e)
g.close()


def retrying(attempts):
    for n in range(1, attempts + 1):
        try:
            if n < 3:
                raise ConnectionError('attempt %d failed' % n)
            yield 'success on attempt %d' % n
            return
        except ConnectionError as e:
            yield 'retry: %s' % e
    yield 'gave up'


print(list(retrying(5)), list(retrying(2)))
print(list(parse_ints('12a3')))
list(fails_after(1))
