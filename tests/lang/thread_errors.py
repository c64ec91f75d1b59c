# Misuse of threads gets CPython's errors; exceptions in threads go to threading.excepthook.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError:', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print('RuntimeError:', e)

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook


def boom(kind):
    if kind == 'value':
        raise ValueError('bad value')
    if kind == 'key':
        {}['k']
    raise SystemExit(3)


for kind in ('value', 'key', 'exit'):
    th = threading.Thread(target=boom, args=(kind,), name='boom-' + kind)
    th.start()
    th.join()
print(caught)
threading.excepthook = threading.__excepthook__
ok = threading.Thread(target=lambda: caught.append('still running'))
ok.start()
ok.join()
print(caught[-1])
