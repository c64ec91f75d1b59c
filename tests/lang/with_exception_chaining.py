# Tracebacks of uncaught errors raised inside __exit__ while another is in flight.
class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            raise OSError('could not close %s cleanly' % self.name)
        return False


def save(data):
    with Closer('db'):
        if not data:
            raise ValueError('nothing to save')
        return len(data)


print(save([1, 2]))
save([])
