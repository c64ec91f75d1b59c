# An uncaught KeyboardInterrupt prints the traceback and ends the process
# by SIGINT (status 130 in a shell); a non-daemon thread still finishes first.
import os
import signal
import threading
import time


def worker():
    time.sleep(0.2)
    print('non-daemon worker finished')


threading.Thread(target=worker).start()
threading.Timer(0.05, os.kill, args=(os.getpid(), signal.SIGINT)).start()
print('main sleeps')
time.sleep(5)
print('not reached')
