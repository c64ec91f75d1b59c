# sys.argv with arguments from the .args file.
import sys
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
args = sys.argv[1:]
total = 0
words = []
for a in args:
    if a.lstrip('-').isdigit():
        total += int(a)
    else:
        words.append(a)
print('numbers total', total)
print('words', words)
print(type(sys.argv).__name__, isinstance(sys.argv[0], str))
flags = []
for a in args:
    if a.startswith('--'):
        flags.append(a[2:])
print('flags', flags)
