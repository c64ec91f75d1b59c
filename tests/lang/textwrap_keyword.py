# keyword module, and textwrap.TextWrapper used to lay out a keyword table.
import keyword
import textwrap

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for word in ['if', 'If', 'match', 'case', '_', 'type', 'print', 'None', 'async', 'nonlocal', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.kwlist) == keyword.kwlist, keyword.__all__)
print(textwrap.fill(' '.join(keyword.kwlist), 50, initial_indent='keywords: ', subsequent_indent=' ' * 10))
wrapper = textwrap.TextWrapper(width=30, initial_indent='- ', subsequent_indent='  ')
for para in ['Soft keywords are only keywords in some contexts, like match statements.',
             'Hard keywords can never be used as identifiers.']:
    print(wrapper.fill(para))
ids = [w for w in ['match', 'class', 'value', 'lambda', 'type'] if not keyword.iskeyword(w)]
print(ids)
try:
    keyword.iskeyword()
except TypeError as e:
    print('TypeError:', e)
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError:', e)
try:
    textwrap.wrap(None)
except AttributeError as e:
    print('AttributeError:', e)


def check_name(name):
    if keyword.iskeyword(name):
        raise SyntaxError('%r is a reserved word' % name)
    return name


print(check_name('value'))
check_name('class')
