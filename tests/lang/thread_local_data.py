# threading.local: each thread sees its own attributes; subclasses re-run __init__.
import threading

data = threading.local()
data.x = 'main'
seen = {}


def show(name):
    seen[name] = (hasattr(data, 'x'), getattr(data, 'x', None))
    data.x = name
    seen[name + '-after'] = data.x


ts = [threading.Thread(target=show, args=('t%d' % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, sorted(data.__dict__))


class Config(threading.local):
    created = 0

    def __init__(self, level, tag='d'):
        Config.created += 1
        self.level = level
        self.tag = tag


cfg = Config(3, tag='z')
cfg.level = 99
levels = []


def read():
    levels.append((cfg.level, cfg.tag))
    cfg.level += 1
    levels.append(cfg.level)


t = threading.Thread(target=read)
t.start()
t.join()
print(levels, cfg.level, Config.created)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
try:
    del data.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
