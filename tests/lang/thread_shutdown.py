# The interpreter waits for non-daemon threads at exit, not for daemon threads.
import threading
import time

gate = threading.Event()


def late():
    gate.wait()
    time.sleep(0.05)
    print('non-daemon thread finishes after the main program')


def forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print('main program ends')
gate.set()
