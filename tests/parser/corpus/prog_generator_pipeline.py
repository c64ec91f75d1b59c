def read(lines):
    yield from (l.strip() for l in lines)

def parse(items):
    for it in items:
        if not it or it.startswith('#'):
            continue
        key, _, value = it.partition('=')
        yield key, value

result = dict(parse(read(['a=1', '# c', 'b=2'])))
