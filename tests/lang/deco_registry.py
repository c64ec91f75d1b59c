# Decorators that register functions in tables: command dispatch and event hooks.
commands = {}


def command(name=None, *, aliases=()):
    def deco(fn):
        for key in (name or fn.__name__,) + tuple(aliases):
            if key in commands:
                raise ValueError('duplicate command %r' % key)
            commands[key] = fn
        return fn
    return deco


@command()
def help(*args):
    return 'commands: ' + ', '.join(sorted(commands))


@command('add', aliases=('plus', '+'))
def add_numbers(*args):
    return sum(int(a) for a in args)


@command(aliases=('echo',))
def say(*args):
    return ' '.join(args)


def run(line):
    name, *args = line.split()
    try:
        fn = commands[name]
    except KeyError:
        return 'unknown command: %s' % name
    try:
        return fn(*args)
    except ValueError as e:
        return 'error: %s' % e


for line in ['help', 'add 1 2 3', '+ 10 20', 'echo hi there', 'plus 1 x', 'nope']:
    print('%-15s => %s' % (line, run(line)))
try:
    @command('say')
    def duplicate():
        pass
except ValueError as e:
    print('ValueError:', e)
hooks = {}


def on(event):
    def deco(fn):
        hooks.setdefault(event, []).append(fn)
        return fn
    return deco


@on('save')
def validate(doc):
    if not doc.get('title'):
        raise ValueError('title required')
    return 'validated'


@on('save')
def stamp(doc):
    doc['saved'] = True
    return 'stamped'


def fire(event, doc):
    return [h(doc) for h in hooks.get(event, [])]


d = {'title': 'x'}
print(fire('save', d), d, fire('load', d))
fire('save', {})
