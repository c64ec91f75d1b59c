# An uncaught ModuleNotFoundError from a function that imports lazily.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
loaded = {}


def load_plugin(name):
    if name in loaded:
        return 'cached ' + loaded[name].__name__
    module = __import__('ml_' + name)
    loaded[name] = module
    return module.__name__


print(load_plugin('shapes'))
print(load_plugin('shapes'))
print(load_plugin('star_all'))
print(sorted(loaded))
try:
    load_plugin('optional_extra')
except ImportError as e:
    print('skipping optional plugin:', e.name)
print(load_plugin('plugin_that_is_missing'))
