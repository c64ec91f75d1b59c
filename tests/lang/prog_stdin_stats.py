# Read records from stdin until EOF and print statistics.
import sys
records = []
errors = []
lineno = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    lineno += 1
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    parts = line.split(',')
    try:
        name, score = parts[0].strip(), float(parts[1])
    except (IndexError, ValueError) as e:
        errors.append('line %d: %s: %s' % (lineno, type(e).__name__, e))
        continue
    records.append((name, score))
print('read', lineno, 'lines,', len(records), 'records,', len(errors), 'errors')
for err in errors:
    print(err, file=sys.stderr)
scores = list(map(lambda r: r[1], records))
mean = sum(scores) / len(scores)
var = 0.0
for s in scores:
    var += (s - mean) ** 2
var /= len(scores)
ordered = sorted(scores)
mid = len(ordered) // 2
median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
print('mean %.3f median %.3f stdev %.3f' % (mean, median, var ** 0.5))
best = sorted(records, key=lambda r: (-r[1], r[0]))
for rank, (name, score) in enumerate(best[:3], 1):
    print(rank, name, score)
