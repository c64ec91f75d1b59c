# __name__ == "__main__" in the script versus inside an imported module.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_mainguard
print('this script:', __name__)
print('module role:', ml_mainguard.role, '| module __name__:', ml_mainguard.__name__)
print(ml_mainguard.main())
main_module = sys.modules['__main__']
print(main_module.__name__, hasattr(main_module, 'ml_mainguard'))
counter = 0


def main():
    global counter
    counter += 1
    return 'script main ran %d time(s)' % counter


if __name__ == '__main__':
    print(main())
    print(sys.modules[__name__] is main_module, vars(main_module)['counter'])
else:
    print('not reached when run directly')
