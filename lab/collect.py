# Turns the lab's raw records (DIR/raw.jsonl, written by lab/run.sh) into
# DIR/results.json, the one input of the report, and prints a summary
# table. Run by ./gilpy (a machine may have no other Python); also runs on
# CPython 3.
#
#   gilpy lab/collect.py [--no-summary] [DIR]   (default DIR: lab-report)
#   gilpy lab/collect.py --summary [DIR]      the table of DIR/results.json
#
# A run that failed, timed out or printed something unexpected is listed
# under "errors" and is absent from the rows: no figure is ever made up.
from __future__ import print_function
import json, os, sys, time

ARGS = [a for a in sys.argv[1:] if not a.startswith('--')]
FLAGS = [a for a in sys.argv[1:] if a.startswith('--')]
DIR = ARGS[0] if ARGS else 'lab-report'
RAW = os.path.join(DIR, 'raw.jsonl')

# Fields each experiment's JSON line must carry.
NEEDS = {
    'count': ('n', 'seq_s', 'threads'),
    'io': ('cpu_threads', 'rounds', 'p50_us', 'p99_us', 'max_us', 'cpu_rate',
           'cpu_rate_alone', 'cpu_keep'),
    'signals': ('main', 'cpu_threads', 'sent', 'handled', 'p50_us', 'p99_us',
                'max_us'),
    'ctrl_c': ('runs', 'median_ms', 'max_ms', 'ended_by'),
    'fairness': ('threads', 'duration_s', 'shares', 'min_share', 'max_share',
                 'switches_per_s', 'failed_per_s', 'max_wait_ms'),
}


def load():
    recs = []
    bad = []
    with open(RAW) as f:
        n = 0
        for line in f:
            n += 1
            line = line.strip()
            if not line:
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                bad.append('line %d of raw.jsonl is not JSON (%s): %s' % (n, e, line[:200]))
    return recs, bad


def row(rec):
    """The results row of one successful run, or raise ValueError."""
    exp = rec['experiment']
    d = rec.get('data')
    if not isinstance(d, dict):
        raise ValueError('the run printed no JSON object')
    missing = [k for k in NEEDS[exp] if k not in d]
    if missing:
        raise ValueError('the run\'s JSON lacks ' + ', '.join(missing))
    out = {'interp': rec['interp']}
    if exp == 'count':
        out['pinned'] = bool(rec.get('pinned'))
    for k in NEEDS[exp]:
        out[k] = d[k]
    for k in sorted(d):            # further figures, kept as they are
        if k not in out:
            out[k] = d[k]
    return out


def main():
    if '--summary' in FLAGS:
        with open(os.path.join(DIR, 'results.json')) as f:
            summary(json.load(f))
        return 0
    if not os.path.exists(RAW):
        print('collect: %s not found (run lab/run.sh first)' % RAW, file=sys.stderr)
        return 1
    recs, bad = load()
    meta = {}
    interps = []
    notes = []
    exps = {'count': {'rows': []}, 'io': {'rows': []},
            'signals': {'rows': [], 'ctrl_c': []}, 'fairness': {'rows': []},
            'timelines': []}
    errors = []
    end = None
    for rec in recs:
        kind = rec.get('type')
        if kind == 'meta':
            meta = rec
        elif kind == 'interp':
            interps.append({'id': rec['id'], 'label': rec['label'],
                            'kind': rec['kind'], 'version': rec['version'],
                            'policy': rec['policy']})
        elif kind == 'note':
            notes.append(rec['note'])
        elif kind == 'end':
            end = rec
        elif kind == 'error':
            errors.append({'interp': rec['interp'], 'experiment': rec['experiment'],
                           'params': rec['params'], 'error': rec['error']})
        elif kind == 'trace':
            exps['timelines'].append({'interp': rec['interp'],
                                      'experiment': rec['experiment'],
                                      'trace': rec['trace']})
        elif kind == 'result':
            exp = rec['experiment']
            try:
                r = row(rec)
            except (ValueError, KeyError) as e:
                errors.append({'interp': rec.get('interp'), 'experiment': exp,
                               'params': rec.get('params', ''), 'error': str(e)})
                continue
            if exp == 'ctrl_c':
                exps['signals']['ctrl_c'].append(r)
            else:
                exps[exp]['rows'].append(r)
    for b in bad:
        errors.append({'interp': None, 'experiment': None, 'params': '', 'error': b})
    res = {
        'generated': time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime()),
        'quick': bool(meta.get('quick', False)),
        'machine': {'cores': meta.get('cores'), 'uname': meta.get('uname')},
        'interpreters': interps,
        'experiments': exps,
        'errors': errors,
        'notes': notes,
        'lab_seconds': end['seconds'] if end else None,
    }
    out = os.path.join(DIR, 'results.json')
    with open(out, 'w') as f:
        f.write(json.dumps(res, indent=1, sort_keys=True) + '\n')
    if '--no-summary' not in FLAGS:
        summary(res)
    print('results: %s (%d interpreters, %d errors)' % (out, len(interps), len(errors)))
    return 0


# --- the summary table ---------------------------------------------------

def fmt(x, spec='%.2f'):
    if x is None:
        return '-'
    return spec % x


def us(x):
    """Microseconds, shown in the unit that reads best."""
    if x is None:
        return '-'
    if x >= 10000:
        return '%.0fms' % (x / 1000.0)
    if x >= 1000:
        return '%.1fms' % (x / 1000.0)
    return '%.0fus' % x


def table(title, head, rows):
    print('\n' + title)
    w = [len(h) for h in head]
    for r in rows:
        for i, c in enumerate(r):
            w[i] = max(w[i], len(c))
    line = '  '.join(h.ljust(w[i]) for i, h in enumerate(head))
    print('  ' + line)
    for r in rows:
        print('  ' + '  '.join(c.rjust(w[i]) if i else c.ljust(w[i])
                               for i, c in enumerate(r)))


def find(rows, **kw):
    for r in rows:
        if all(r.get(k) == v for k, v in kw.items()):
            return r
    return None


def summary(res):
    ex = res['experiments']
    ids = [i['id'] for i in res['interpreters']]
    rows = []
    for i in ids:
        a = find(ex['count']['rows'], interp=i, pinned=False)
        p = find(ex['count']['rows'], interp=i, pinned=True)

        def ratio(r, k):
            if not r or k not in r['threads']:
                return '-'
            return '%.2f' % r['threads'][k]['ratio']
        rows.append([i, fmt(a and a['seq_s'], '%.3f'),
                     fmt(a and 2 * a['n'] / a['seq_s'] / 1e6, '%.0f'),
                     ratio(a, '2'), ratio(a, '4'), ratio(p, '2'), ratio(p, '4')])
    table('count: threaded / sequential time (1.00 = threads cost nothing)',
          ['interp', 'seq s', 'M loops/s', '2 thr', '4 thr', '2 pinned', '4 pinned'], rows)

    rows = []
    for i in ids:
        row = [i]
        for k in (0, 1, 2, 4):
            r = find(ex['io']['rows'], interp=i, cpu_threads=k)
            row.append('-' if not r else '%s/%s' % (us(r['p50_us']), us(r['p99_us'])))
        keep = [find(ex['io']['rows'], interp=i, cpu_threads=k) for k in (1, 2, 4)]
        row.append(' '.join(fmt(r and r['cpu_keep'], '%.2f') for r in keep))
        rows.append(row)
    table('io: round trip p50/p99 with K CPU threads; CPU throughput kept while serving (K=1 2 4)',
          ['interp', 'K=0', 'K=1', 'K=2', 'K=4', 'cpu kept'], rows)

    rows = []
    mains = ('spin', 'sleep', 'join')
    ks = sorted(set(r['cpu_threads'] for r in ex['signals']['rows']))
    for i in ids:
        row = [i]
        for m in mains:
            for k in ks:
                r = find(ex['signals']['rows'], interp=i, main=m, cpu_threads=k)
                row.append('-' if not r else '%s %d/%d' % (us(r['p99_us']), r['handled'], r['sent']))
        c = find(ex['signals']['ctrl_c'], interp=i)
        if c is None:
            row.append('-')
        elif c['median_ms'] is None:
            row.append(c['ended_by'])
        else:
            row.append('%.1f/%.1fms %s' % (c['median_ms'], c['max_ms'], c['ended_by']))
        rows.append(row)
    head = ['interp'] + ['%s K=%d' % (m, k) for m in mains for k in ks] + ['ctrl-c median/max']
    table('signals: p99 lateness, handled/sent, main thread spinning, sleeping or in join(); Ctrl-C in join()',
          head, rows)

    rows = []
    for i in ids:
        for k in (2, 4):
            r = find(ex['fairness']['rows'], interp=i, threads=k)
            if not r:
                continue
            rows.append([i, str(k), '%.2f..%.2f' % (r['min_share'], r['max_share']),
                         fmt(r['switches_per_s'], '%.0f'), fmt(r['failed_per_s'], '%.0f'),
                         fmt(r['max_wait_ms'], '%.1f')])
    table('fairness: shares x K (1.00 = fair); GIL switches and failed takes per second, longest wait (gilpy only)',
          ['interp', 'K', 'shares', 'switch/s', 'failed/s', 'max wait ms'], rows)

    if res['errors']:
        print('\nerrors:')
        for e in res['errors']:
            print('  %s %s %s: %s' % (e['interp'], e['experiment'], e['params'],
                                      e['error'].replace('\n', ' ')[:160]))
    for n in res['notes']:
        print('note: ' + n)


if __name__ == '__main__':
    sys.exit(main())
