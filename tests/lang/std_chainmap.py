# collections.ChainMap: layered lookups, writes to the first map, new_child/parents.
from collections import ChainMap

defaults = {'color': 'red', 'size': 'M', 'debug': False}
env = {'size': 'L'}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['size'], cfg['debug'], len(cfg), sorted(cfg), dict(cfg) == {'debug': True, 'size': 'L', 'color': 'red'})
cfg['color'] = 'blue'
print(cli, defaults['color'], cfg['color'])
del cfg['color']
print(cfg['color'], 'color' in cfg, 'shape' in cfg, cfg.get('shape', 'default'))
child = cfg.new_child({'size': 'XL'})
print(child['size'], child.parents['size'], child.maps[0], len(child.maps))
local = ChainMap({}, {'x': 1})
local['x'] = 2
print(local, local.maps)
try:
    del cfg['size']
except KeyError as e:
    print('KeyError:', e)
try:
    cfg['missing']
except KeyError as e:
    print('KeyError:', e)


def scopes():
    builtins = {'len': 'builtin len', 'print': 'builtin print'}
    glob = ChainMap({'x': 'global x'}, builtins)
    func = glob.new_child({'y': 'local y', 'len': 'shadowed len'})
    return [func[name] for name in ['y', 'x', 'len', 'print']]


print(scopes())
print(list(ChainMap({'a': 1}, {'b': 2, 'a': 3})), ChainMap().maps)
