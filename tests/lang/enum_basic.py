# enum.Enum: members, lookup by value and name, iteration, aliases, repr/str/format, errors.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is #%d' % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(1), Color['GREEN'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, 1 in Color, 5 in Color)
print(Color.__members__)
print(list(Color.__members__), Color.CRIMSON.name)
print(repr(Color), type(Color).__name__, isinstance(Color.RED, Color), type(Color.RED))
print(f'{Color.RED}', format(Color.BLUE, '>12'), '%s' % Color.GREEN, str(Color.GREEN), [str(c) for c in Color])
print(list(reversed(Color)), hash(Color.RED) == hash('RED'), Color(Color.BLUE))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(Color.RED.describe(), Color.default(), Color.BLUE.describe())
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color.CRIMSON], sorted(Color, key=lambda c: -c.value))
print({c.name: c.value for c in Color}, [c for c in Color if c.value > 1])
print(dir(Color))
print(dir(Color.RED))
tests = [lambda: Color(7), lambda: Color('RED'), lambda: Color['PINK'], lambda: Color.RED < Color.GREEN,
         lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED'), lambda: Color.PINK,
         lambda: setattr(Color.RED, 'value', 3), lambda: Color()]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
Color.extra = 'class attribute'
print(Color.extra, len(Color))


class Mood(Enum):
    name = 1
    value = 2


print(Mood.name, Mood.value, Mood.name.name, Mood.value.value, list(Mood))


def parse_color(text):
    try:
        return Color[text.upper()]
    except KeyError:
        raise ValueError('unknown color %r' % text) from None


print(parse_color('blue'))
parse_color('mauve')
