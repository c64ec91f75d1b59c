# A text-processing pipeline: parse an embedded multi-line web-server log with
# generators, aggregate with comprehensions, Counter and defaultdict, emit JSON.
import json
from collections import Counter, defaultdict

LOG = r'''
# access log excerpt
2024-03-01T10:00:01 GET /index.html 200 512 0.012 ua="Mozilla/5.0"
2024-03-01T10:00:02 GET /about.html 200 1024 0.020 ua="Mozilla/5.0"
2024-03-01T10:00:02 POST /api/login 401 64 0.150 ua="curl/8.0"
2024-03-01T10:00:05 GET /index.html 200 512 0.011 ua="Bot/1.0"
malformed line without enough fields
2024-03-01T10:01:00 GET /api/items?page=2 200 2048 0.090 ua="Mozilla/5.0"
2024-03-01T10:01:30 DELETE /api/items/7 403 32 0.005 ua="curl/8.0"
2024-03-01T10:02:00 GET /missing 404 0 0.002 ua="Bot/1.0"
2024-03-01T10:02:10 GET /api/items?page=3 500 128 1.250 ua="Mozilla/5.0"
2024-03-01T10:02:11 POST /api/login 200 96 0.140 ua="curl/8.0"
2024-03-01T10:03:00 GET /index.html 304 0 0.001 ua="Mozilla/5.0"
2024-03-01T10:03:05 GET /about.html 200 1024 0.019 ua="Bot/1.0"
2024-03-01T10:03:09 PUT /api/items/7 abc 10 0.010 ua="curl/8.0"
'''


class ParseError(ValueError):
    def __init__(self, lineno, reason):
        super().__init__('line %d: %s' % (lineno, reason))
        self.lineno = lineno


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith('#'):
            yield lineno, line


def parse(lines, errors):
    for lineno, line in lines:
        try:
            yield parse_line(lineno, line)
        except ParseError as e:
            errors.append(str(e))


def parse_line(lineno, line):
    parts = line.split(' ', 6)
    if len(parts) != 7:
        raise ParseError(lineno, 'expected 7 fields, got %d' % len(parts))
    ts, method, target, status, size, secs, ua = parts
    if not status.isdigit():
        raise ParseError(lineno, 'bad status %r' % status)
    path, _, query = target.partition('?')
    return {
        'time': ts, 'minute': ts[11:16], 'method': method, 'path': path,
        'query': dict(kv.split('=') for kv in query.split('&')) if query else {},
        'status': int(status), 'bytes': int(size), 'secs': float(secs),
        'agent': ua.partition('=')[2].strip('"').split('/')[0],
    }


def section(path):
    return '/' + path.strip('/').split('/')[0] if path.count('/') > 1 else path


errors = []
records = list(parse(read_lines(LOG), errors))
print('parsed %d records, %d errors' % (len(records), len(errors)))
for e in errors:
    print('  error:', e)
status_classes = Counter('%dxx' % (r['status'] // 100) for r in records)
by_path = defaultdict(list)
for r in records:
    by_path[section(r['path'])].append(r)
slow = [r['time'][11:] + ' ' + r['path'] for r in records if r['secs'] > 0.1]
agents = Counter(r['agent'] for r in records)
per_minute = Counter(r['minute'] for r in records)
summary = {
    'total_requests': len(records),
    'total_bytes': sum(r['bytes'] for r in records),
    'status_classes': dict(sorted(status_classes.items())),
    'methods': dict(Counter(r['method'] for r in records).most_common()),
    'sections': {
        p: {'hits': len(rs),
            'avg_ms': round(1000 * sum(r['secs'] for r in rs) / len(rs), 1),
            'errors': sum(1 for r in rs if r['status'] >= 400)}
        for p, rs in by_path.items()
    },
    'slow_requests': slow,
    'top_agent': agents.most_common(1)[0][0],
    'busiest_minute': max(per_minute.items(), key=lambda kv: (kv[1], kv[0]))[0],
    'pages_requested': sorted({r['query']['page'] for r in records if 'page' in r['query']}),
    'parse_errors': len(errors),
}
print(json.dumps(summary, indent=2, sort_keys=True))
error_rate = {p: '%.0f%%' % (100 * s['errors'] / s['hits']) for p, s in sorted(summary['sections'].items())}
print(json.dumps(error_rate, separators=(',', ':')))
histogram = sorted(Counter(r['bytes'] // 512 * 512 for r in records).items())
for bucket, n in histogram:
    print('%5d-%-5d %s' % (bucket, bucket + 511, '*' * n))
round_trip = json.loads(json.dumps(summary))
print(round_trip == summary, type(round_trip['sections']).__name__)
strict = [parse_line(no, line) for no, line in read_lines(LOG)]
