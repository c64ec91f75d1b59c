# The GIL is released while select() and poll() wait: a CPU-bound thread
# keeps counting while the main thread blocks ~0.2 s in each (until the
# timeout, then until another thread writes).
import os, select, threading, time

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

r, w = os.pipe()

c0 = count
print(select.select([r], [], [], 0.2) == ([], [], []), count - c0 > 1000)

p = select.poll()
p.register(r, select.POLLIN)
c0 = count
print(p.poll(200), count - c0 > 1000)

def late_writer():
    time.sleep(0.2)
    os.write(w, b'x')

for wait in (lambda: select.select([r], [], [])[0] == [r],
             lambda: p.poll() == [(r, select.POLLIN)]):
    writer = threading.Thread(target=late_writer)
    writer.start()
    c0 = count
    ok = wait()
    c1 = count
    writer.join()
    os.read(r, 1)
    print(ok, c1 - c0 > 1000)

stop = True
th.join()
os.close(r)
os.close(w)
