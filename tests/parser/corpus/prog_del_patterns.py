d = {'a': 1, 'b': 2}
del d['a']
l = [1, 2, 3]
del l[0], l[-1]
class O: pass
o = O()
o.x = 1
del o.x
