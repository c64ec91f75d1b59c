# string module: constants, capwords, Template substitution and Formatter basics.
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords('hello   wORLD  from python'), string.capwords('a-b c_d', '-'))
print(string.capwords('  leading and trailing  '), string.capwords(''))
t = string.Template('$who likes ${what}s; cost: $$$amount')
print(t.substitute(who='Ann', what='apple', amount=5))
print(t.safe_substitute(who='Bob'))
print(t.substitute({'who': 'Cid', 'what': 'pear'}, amount=3))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
try:
    string.Template('bad $ sign').substitute()
except ValueError as e:
    print('ValueError:', e)
f = string.Formatter()
print(f.format('{0}-{name:>5}', 'pos', name='kw'))
print(list(f.parse('a{0}b{x:>3}c{{')))
alphabet = string.ascii_lowercase
shift = 13
table = str.maketrans(alphabet, alphabet[shift:] + alphabet[:shift])
print('hello world'.translate(table), 'uryyb jbeyq'.translate(table))
print(all(c in string.hexdigits for c in 'deadBEEF'), [c for c in 'a1!B ' if c in string.punctuation])
print(sum(1 for c in 'Hello, World!' if c in string.ascii_uppercase))
