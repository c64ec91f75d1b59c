# An exception escaping from nested generators shows every generator frame.
def numbers(text):
    for tok in text.split(','):
        yield int(tok)


def doubled(text):
    for n in numbers(text):
        yield n * 2


def delegated(text):
    yield 'start'
    yield from doubled(text)
    yield 'end'


print(list(delegated('1,2,3')))
total = 0
for value in delegated('4,5,six,7'):
    print('got', value)
    if isinstance(value, int):
        total += value
print('total', total)
