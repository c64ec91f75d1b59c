# Indentation with tabs (one tab per level) in some blocks, spaces in others.
def tabbed(n):
	if n > 0:
		return 'positive'
	else:
		for i in range(2):
			n += 1
		return 'was non-positive, now ' + str(n)
def spaced(n):
    if n:
        return 'spaces'
    return 'zero'
print(tabbed(1), tabbed(-5))
print(spaced(1), spaced(0))
total = 0
for i in range(4):
	total += i
	if i == 2:
		print('tab-indented loop body at', i)
print(total)
while total > 0:
  total -= 4
  if total < 3:
   print('odd indent widths are fine:', total)
   break
x = [1,	2,	3]	# tabs between tokens
print(x)
s = 'literal	tab'
print(repr(s), len(s))
if True:
        print('eight spaces')
if True:
	print('one tab')
def mixed_blocks():
	v = 1
	if v:
		return 'tab blocks'
print(mixed_blocks())
