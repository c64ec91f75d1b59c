# The GIL is released while waitpid and wait block: a CPU-bound thread
# keeps counting while the main thread waits ~0.2 s for a child.
import os, threading, time

count = 0
stop = False

def counter():
    global count
    while not stop:
        count += 1

th = threading.Thread(target=counter)
th.start()
while count == 0:
    time.sleep(0.001)

for wait in (lambda pid: os.waitpid(pid, 0), lambda pid: os.wait()):
    pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'sleep 0.2; exit 7'], {})
    c0 = count
    rpid, status = wait(pid)
    c1 = count
    print(rpid == pid, os.waitstatus_to_exitcode(status), c1 - c0 > 1000)

stop = True
th.join()
