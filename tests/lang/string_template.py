# string.Template: substitute, safe_substitute, $$, ${name}, custom delimiter, errors.
import string

T = string.Template
cases = [('$who likes $what', dict(who='tim', what='kung pao')), ('$$ and $$x', {}),
         ('${noun}ification', {'noun': 'X'}), ('$who', {}), ('a $1', {}), ('line1\nab $', {}),
         ('${who', {'who': 1}), ('${1}', {}), ('$_a1b', {'_a1b': 2}), ('$a-b', {'a': 'A'}),
         ('${ who}', {}), ('$', {}), ('$$$a', {'a': 3}), ('\n\n  $!', {}), ('$É', {}),
         ('$aé', {'a': 1}), ('${}', {}), ('$ABC', {'ABC': 4}), ('$x$y', {'x': 1.5, 'y': None})]
for tpl, m in cases:
    t = T(tpl)
    for meth in ('substitute', 'safe_substitute'):
        try:
            print(repr(tpl), meth, repr(getattr(t, meth)(m)))
        except (KeyError, ValueError) as e:
            print(repr(tpl), meth, type(e).__name__, e)
    print('  valid', t.is_valid(), t.get_identifiers())
t = T('$a $b')
print(t.substitute({'a': 1, 'b': 2}, b=3), t.substitute(a=5, b=6), t.safe_substitute(a=1))
try:
    t.substitute({'a': 1}, c=2)
except KeyError as e:
    print('KeyError', e)


class Percent(T):
    delimiter = '%'


class Bang(T):
    delimiter = '#!'


print(Percent('%who %% %{x} $y').substitute(who=1, x=2))
print(Bang('#!a #!#! #!{b}').safe_substitute(a=1))
print(T('$x').template, T.delimiter, Percent.delimiter)
for bad in [lambda: T('$a').substitute(None), lambda: T('$a').substitute({}, {}), lambda: T(5).substitute()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
letter = T('Dear $name,\nyour order #$id ships ${when}.\n-- $$shop')
print(letter.substitute(name='Ann', id=42, when='today'))
for bad in [T('Total: $amount $'), T(b'$x')]:
    try:
        bad.substitute(amount=3)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def render(template, **values):
    try:
        return T(template).substitute(values)
    except KeyError as e:
        raise LookupError('template needs %s' % e) from None


print(render('$a+$b', a=1, b=2))
render('$a+$c', a=1)
