# Write a CSV-like file, read it back, and aggregate.
path = '/tmp/gilpy_test_file_lines_processing.csv'
rows = [('name', 'dept', 'salary'), ('ann', 'eng', '120'), ('bob', 'ops', '90'),
        ('cy', 'eng', '100'), ('di', 'ops', '95'), ('ed', 'hr', '70')]
f = open(path, 'w')
for r in rows:
    f.write(','.join(r) + '\n')
f.close()
f = open(path)
header = f.readline().strip().split(',')
by_dept = {}
for line in f:
    line = line.strip()
    if not line:
        continue
    rec = dict(zip(header, line.split(',')))
    by_dept.setdefault(rec['dept'], []).append(int(rec['salary']))
f.close()
print(header)
for dept in sorted(by_dept):
    vals = by_dept[dept]
    print('%-4s n=%d total=%4d avg=%6.2f' % (dept, len(vals), sum(vals), sum(vals) / len(vals)))
out = '/tmp/gilpy_test_file_lines_processing.out'
f = open(out, 'w')
for dept in sorted(by_dept, key=lambda d: -sum(by_dept[d])):
    print(dept, sum(by_dept[dept]), file=f)
f.close()
f = open(out)
print(f.read(), end='')
f.close()
f = open(out)
print(f.readlines())
f.close()
