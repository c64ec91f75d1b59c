# The GIL is released while recv waits: a CPU-bound thread keeps counting
# while the main thread blocks ~0.2 s in recv (first until a timeout,
# then until a peer thread sends).
import socket, threading, time

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

a, b = socket.socketpair()
a.settimeout(0.2)
c0 = count
try:
    a.recv(10)
except TimeoutError:
    pass
c1 = count
print(c1 - c0 > 1000)

def late_sender():
    time.sleep(0.2)
    b.send(b'late')

a.settimeout(None)
sender = threading.Thread(target=late_sender)
sender.start()
c0 = count
data = a.recv(10)
c1 = count
print(data, c1 - c0 > 1000)
sender.join()
stop = True
th.join()
a.close()
b.close()
