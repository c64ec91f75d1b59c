# Cooperative multiple inheritance with zero-argument super() and **kwargs.
class Base:
    def __init__(self, **kw):
        print('Base.__init__ leftover', sorted(kw))
        super().__init__(**kw)
    def describe(self):
        return ['Base']

class Named(Base):
    def __init__(self, name='?', **kw):
        print('Named.__init__', name)
        self.name = name
        super().__init__(**kw)
    def describe(self):
        return ['Named:' + self.name] + super().describe()

class Colored(Base):
    def __init__(self, color='none', **kw):
        print('Colored.__init__', color)
        self.color = color
        super().__init__(**kw)
    def describe(self):
        return ['Colored:' + self.color] + super().describe()

class Sized(Base):
    def __init__(self, size=0, **kw):
        print('Sized.__init__', size)
        self.size = size
        super().__init__(**kw)
    def describe(self):
        return ['Sized:%d' % self.size] + super().describe()

class Widget(Named, Colored, Sized):
    def __init__(self, **kw):
        print('Widget.__init__')
        super().__init__(**kw)
    def describe(self):
        return ['Widget'] + super().describe()

print([c.__name__ for c in Widget.__mro__])
w = Widget(name='btn', color='red', size=3)
print(w.describe())
w2 = Widget(color='blue')
print(w2.describe())

class Logger:
    def log(self, msg):
        return 'Logger:' + msg

class Prefixed(Logger):
    def log(self, msg):
        return super().log('[p] ' + msg)

class Suffixed(Logger):
    def log(self, msg):
        return super().log(msg + ' [s]')

class Both(Prefixed, Suffixed):
    pass

print(Both().log('hi'))
print(super(Prefixed, Both()).log('direct'))
try:
    Widget(bogus=True, other=2)
except TypeError as e:
    print('TypeError:', e)
