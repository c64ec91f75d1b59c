# The rest of the signal module: enums, masks, pending, sigwait, strsignal, wakeup fd.
import os
import signal

print(repr(signal.SIGINT), int(signal.SIGTERM), signal.Signals(6).name, signal.SIGIOT is signal.SIGABRT)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), signal.Signals['SIGUSR1'].value)
print(isinstance(signal.SIGINT, int), signal.SIGINT == 2, str(signal.SIGINT), signal.NSIG)
valid = signal.valid_signals()
print(type(valid).__name__, signal.SIGINT in valid, signal.SIGKILL in valid, len(valid) > 30)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV))
try:
    signal.strsignal(1000)
except ValueError as e:
    print('ValueError', e)
old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})
print(sorted(old), sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
os.kill(os.getpid(), signal.SIGUSR1)
print(sorted(signal.sigpending()))
print(signal.sigwait({signal.SIGUSR1}), sorted(signal.sigpending()))
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
try:
    signal.pthread_sigmask(signal.SIG_BLOCK, {0})
except ValueError as e:
    print('ValueError', e)
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print('ValueError', e)
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR2, lambda s, f: None)
os.kill(os.getpid(), signal.SIGUSR2)
print(os.read(r, 10) == bytes([signal.SIGUSR2]))
print(signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(12345)
except OSError as e:
    print('OSError', e)
signal.siginterrupt(signal.SIGUSR2, True)
print('ok')
