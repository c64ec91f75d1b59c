# An uncaught OSError without a filename (a bad file descriptor).
import os

r, w = os.pipe()
os.close(w)
print(os.read(r, 5))
os.close(r)
os.read(r, 5)
