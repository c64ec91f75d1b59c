cfg = {
    'name': 'app',
    'servers': [
        {'host': 'a', 'ports': (80, 443)},
        {'host': 'b', 'ports': (8080,)},
    ],
    'flags': {True, False},
    'empty': [(), {}, [], set()],
}
