# A hand-written manager that temporarily replaces sys.stdout to capture print output.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


class redirect_stdout:
    def __init__(self, target):
        self.target = target
        self.saved = []

    def __enter__(self):
        self.saved.append(sys.stdout)
        sys.stdout = self.target
        return self.target

    def __exit__(self, et, ev, tb):
        sys.stdout = self.saved.pop()
        return False


buf = Capture()
with redirect_stdout(buf) as out:
    print('hidden line 1')
    print('hidden', 2, sep='-', end='!\n')
print('captured:', repr(out.getvalue()), out is buf)
outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print('to outer')
    with redirect_stdout(inner):
        print('to inner')
    print('outer again')
print(repr(outer.getvalue()), repr(inner.getvalue()))
err = Capture()
try:
    with redirect_stdout(err):
        print('before failure')
        raise ValueError('inside redirected block')
except ValueError as e:
    print('restored after', type(e).__name__, '| captured', repr(err.getvalue()))
print(sys.stdout is sys.__stdout__)


class NoWrite:
    pass


try:
    with redirect_stdout(NoWrite()):
        print('cannot be written')
except AttributeError as e:
    print('AttributeError:', e)
print('stdout works again')
