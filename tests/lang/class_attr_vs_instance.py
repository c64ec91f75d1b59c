# Class attributes versus instance attributes: shadowing, sharing, deletion.
class Config:
    level = 1
    tags = []
    name = 'base'

    def add_tag(self, t):
        self.tags.append(t)

    def set_level(self, lv):
        self.level = lv


a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.set_level(5)
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level, Config.level)
del a.level
print(a.level)
a.add_tag('x')
b.add_tag('y')
print(a.tags, b.tags, Config.tags, a.tags is b.tags)
a.tags = ['own']
print(a.tags, b.tags)
print('level' in a.__dict__, 'level' in Config.__dict__)
print(sorted(k for k in vars(a)))
try:
    del b.level
except AttributeError as e:
    print('AttributeError:', e)


class Sub(Config):
    name = 'sub'


s = Sub()
print(s.name, s.level, Sub.name, Config.name)
Config.level = 42
print(s.level, Sub.level)
Sub.level = 7
print(s.level, Config.level)
del Sub.level
print(s.level)
try:
    del Sub.level
except AttributeError as e:
    print('AttributeError:', e)


class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1
        self.serial = Counted.count


objs = [Counted() for _ in range(4)]
print([o.serial for o in objs], Counted.count)
print(getattr(Config, 'missing', None))
setattr(Config, 'extra', 'added')
print(a.extra, s.extra)
