# Python-level signal handlers run in the main thread; dispositions; misuse.
import os
import signal
import threading
import time

got = []


def handler(signum, frame):
    got.append((signum, type(signum).__name__, threading.current_thread().name))


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got))


def from_thread():
    time.sleep(0.02)
    os.kill(os.getpid(), signal.SIGUSR1)


t = threading.Thread(target=from_thread, name='sender')
t.start()
time.sleep(0.2)
t.join()
print(got[-1])
signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
print(len(got))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
os.kill(os.getpid(), signal.SIGUSR1)
print(len(got), repr(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGINT)))
print(repr(signal.getsignal(signal.SIGPIPE)))
errors = []


def try_in_thread():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=try_in_thread)
t.start()
t.join()
print(errors)
for bad in [(signal.SIGKILL, handler), (0, handler), (signal.NSIG, handler), (signal.SIGUSR1, 'x'), (signal.SIGUSR1, 7)]:
    try:
        signal.signal(*bad)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(-1)
except ValueError as e:
    print('ValueError', e)
nested = []


def outer(signum, frame):
    nested.append('outer')
    raise RuntimeError('raised by a handler')


signal.signal(signal.SIGUSR2, outer)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
except RuntimeError as e:
    print('RuntimeError:', e, nested)
