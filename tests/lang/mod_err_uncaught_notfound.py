# An uncaught ModuleNotFoundError from a function that imports lazily.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))


def load_plugin(name):
    module = __import__('ml_' + name)
    return module.__name__


print(load_plugin('shapes'))
print(load_plugin('plugin_that_is_missing'))
