# Reusable hand-written context managers: timer-free stopwatch, chdir-like stack,
# redirect of a global, and a lock counter.
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *a):
        Indent.level -= 1
    @staticmethod
    def say(msg):
        print('    ' * Indent.level + msg)

Indent.say('top')
with Indent():
    Indent.say('one')
    with Indent():
        Indent.say('two')
    Indent.say('back to one')
Indent.say('top again')
settings = {'mode': 'normal', 'debug': False}

class Override:
    def __init__(self, **changes):
        self.changes = changes
    def __enter__(self):
        self.saved = {k: settings[k] for k in self.changes}
        settings.update(self.changes)
        return settings
    def __exit__(self, et, ev, tb):
        settings.update(self.saved)
        return False

with Override(mode='test', debug=True) as s:
    print('inside', s)
    with Override(mode='nested'):
        print('nested', settings)
    print('after nested', settings)
print('restored', settings)
try:
    with Override(mode='boom'):
        raise RuntimeError('error while overridden')
except RuntimeError:
    print('restored after error', settings)
try:
    with Override(missing=1):
        pass
except KeyError as e:
    print('KeyError in __enter__:', e, settings)

class Lock:
    def __init__(self):
        self.held = 0
        self.history = []
    def __enter__(self):
        if self.held:
            raise RuntimeError('lock already held (not reentrant)')
        self.held += 1
        self.history.append('acquire')
        return self
    def __exit__(self, *a):
        self.held -= 1
        self.history.append('release')

lock = Lock()
with lock:
    pass
try:
    with lock:
        with lock:
            pass
except RuntimeError as e:
    print('RuntimeError:', e)
print(lock.history, lock.held)
