# Uncaught exception with an explicit cause (raise ... from ...).
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError('invalid port setting') from exc


print(parse_port('8080'))
print(parse_port('eighty'))
