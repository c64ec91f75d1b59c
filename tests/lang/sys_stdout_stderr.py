# Interleaving stdout and stderr (each stream is checked separately).
import sys
print('out 1')
print('err 1', file=sys.stderr)
sys.stdout.write('out 2\n')
sys.stderr.write('err 2\n')
for i in range(3):
    print('loop out', i)
    print('loop err', i, file=sys.stderr)
print('no newline at end of stderr', end='', file=sys.stderr)
print('last stdout line')
sys.stdout.flush()
sys.stderr.flush()
