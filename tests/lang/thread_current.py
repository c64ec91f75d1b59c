# current_thread, main_thread, enumerate, active_count, get_ident, daemon inheritance.
import threading
import _thread

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(threading.get_ident() == main.ident == _thread.get_ident(), type(threading.get_native_id()).__name__)
print(threading.active_count(), [t.name for t in threading.enumerate()])
release = threading.Event()
started = threading.Barrier(4)
info = []


def body():
    me = threading.current_thread()
    info.append((me.name, me.ident == threading.get_ident(), me is not threading.main_thread(),
                 me.daemon))
    started.wait()
    release.wait()


ts = [threading.Thread(target=body, name='w%d' % i, daemon=(i == 0)) for i in range(3)]
for t in ts:
    t.start()
started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(len({t.ident for t in ts}), all(t.ident != main.ident for t in ts))
release.set()
for t in ts:
    t.join()
print(sorted(info))
print(threading.active_count(), [t.name for t in threading.enumerate()])

child_daemon = []


def parent():
    c = threading.Thread(target=lambda: None)
    child_daemon.append(c.daemon)


d = threading.Thread(target=parent, daemon=True)
d.start()
d.join()
print(child_daemon)
print(repr(threading.Thread(name='x', target=len)))
