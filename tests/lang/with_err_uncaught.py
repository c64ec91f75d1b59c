# An uncaught exception from a with-body: __exit__ runs, then the traceback prints.
class Section:
    def __init__(self, title):
        self.title = title

    def __enter__(self):
        print('begin', self.title)
        return self

    def __exit__(self, et, ev, tb):
        print('end', self.title, '(error)' if et else '(ok)')
        return False


def process(items):
    with Section('processing'):
        for item in items:
            with Section('item %r' % (item,)):
                print('  value', 100 // item)


process([5, 20])
process([4, 0, 1])
print('not reached')
