# pass, empty bodies, semicolons, one-line compound statements.
def stub():
    pass
print(stub())
for i in range(3): pass
while False: pass
if True: pass
x = 1; y = 2; z = x + y
print(x, y, z)
if z == 3: print('z is 3'); print('still in if')
for i in range(2): print('loop', i); print('body', i)
def oneliner(a): return a * 2
print(oneliner(21))
try: 1 / 0
except ZeroDivisionError: print('caught inline')
a = [
    1, 2,
    3,
]
print(a)
b = (1 +
     2 +
     3)
print(b)
c = 1 + \
    2 + \
    3
print(c)
d = {
    'k': 'v',
}
print(d)
if (x == 1 and
        y == 2):
    print('multiline condition')
print(sum([1,
           2]))
# comment only line
    # indented comment
print('done')  # trailing comment
