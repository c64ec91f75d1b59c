# Quotes, escapes and braces in f-strings, including Python 3.12 quote reuse.
name = 'Bob'
d = {'key': 'v', "it's": 'apos'}
print(f"{d['key']}", f'{d["key"]}', f'''{d["it's"]}''', f"""{d['key']}""")
print(f'{d['key']}')
print(f"{'nested ' + f'{name}' + ' end'}")
print(f'{f'{f'{name}'}'}')
print(f'tab:\t|newline-escape:\\n|quote:\'|dquote:\"')
print(f'{{}} {{name}} {{{name}}} }}{{')
print(f'unicode: \u00e9 \N{SNOWMAN} \x41')
print(f'{"\n".join(["a", "b"])}')
print(f'{"\\"}')
print(rf'raw {name} \d+ \n', fr'{name}\t')
print(f'{name!r}', f"{'quote'!r}", f'{"dq"!r}')
print(len(f'{name}\n'), len(rf'{name}\n'))
sep = ', '
print(f'{sep.join(c for c in name)}')
print(f'{ name }', f'{name     }', f'{(name)}')
print(f'{"#"}', f'{"hash # inside string"}')
print(f'{name:{"*"}^{len(name) + 4}}')
print(f'''multi
line {name}
end''')
print(f'{
    name
}', f'{1 +
2}')
lines = ['x', 'y']
print(f'{'\n'.join(lines)}')
