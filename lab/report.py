# The GIL lab's report: reads DIR/results.json (written by lab/collect.py)
# and the GIL traces it names, writes DIR/index.html (one self-contained
# page: inline CSS and SVG, no scripts, nothing fetched) and the computed
# conclusions back into DIR/results.json (experiments.<name>.conclusion).
#
#   gilpy lab/report.py [DIR]        (DIR defaults to lab-report)
#   python3 lab/report.py [DIR]      (the same output on CPython 3)
#
# Every number on the page and in the sentences comes from results.json or
# the traces; a missing interpreter or a failed run is shown as such.
import json
import math
import os
import sys

# ---------------------------------------------------------------- helpers


def esc(s):
    s = str(s)
    return (s.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def num(x):
    """A number usable in arithmetic, or None."""
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        if x != x:                      # NaN
            return None
        return x
    return None


def fmt_us(x):
    """A duration given in microseconds, in the unit that reads best."""
    x = num(x)
    if x is None:
        return 'n/a'
    if x < 10:
        return '%.1f \u00b5s' % x
    if x < 1000:
        return '%.0f \u00b5s' % x
    if x < 10000:
        return '%.1f ms' % (x / 1000.0)
    if x < 1000000:
        return '%.0f ms' % (x / 1000.0)
    return '%.2f s' % (x / 1000000.0)


def fmt_ms(x):
    x = num(x)
    if x is None:
        return 'n/a'
    return fmt_us(x * 1000.0)


def fmt_ratio(x):
    x = num(x)
    if x is None:
        return 'n/a'
    return '%.2f\u00d7' % x


def fmt_times(x):
    """'80x' for a factor between two measurements."""
    if x is None:
        return 'n/a'
    if x >= 100:
        return '{:,}\u00d7'.format(int(round(x)))
    if x >= 10:
        return '%.0f\u00d7' % x
    return '%.1f\u00d7' % x


def fmt_int(x):
    x = num(x)
    if x is None:
        return 'n/a'
    return '{:,}'.format(int(round(x)))


def fmt_rate(x):
    x = num(x)
    if x is None:
        return 'n/a'
    if x >= 1e6:
        return '%.1f M/s' % (x / 1e6)
    if x >= 1e3:
        return '%.1f k/s' % (x / 1e3)
    return '%.0f /s' % x


def fmt_pct(x):
    x = num(x)
    if x is None:
        return 'n/a'
    return '%.0f%%' % (x * 100)


def fmt_s(x):
    x = num(x)
    if x is None:
        return 'n/a'
    return '%.3f s' % x


def nice_step(span, target):
    """A round step (1, 2, 5 x 10^k) giving about `target` ticks over span."""
    if span <= 0:
        return 1.0
    raw = span / float(target)
    k = math.floor(math.log10(raw))
    base = 10.0 ** k
    for m in (1, 2, 5, 10):
        if m * base >= raw:
            return m * base
    return 10 * base


def fnum(x):
    """Coordinates for SVG: short and stable."""
    s = '%.1f' % x
    if s.endswith('.0'):
        s = s[:-2]
    if s == '-0':
        s = '0'
    return s


# ------------------------------------------------------------ the colours

PALETTE = {
    'gilpy-sched': '#1b9e5a',
    'gilpy-timed': '#7b4fc9',
    'gilpy-ticks': '#e07b1a',
}
CPY_COLOURS = ['#3a6fb0', '#24466e', '#5aa7d6', '#8a96a8', '#b0b8c4']
CPY2_COLOURS = ['#9aa5b5', '#c3cad4']
OTHER_COLOURS = ['#c23b63', '#8c6d31', '#2a9d9f', '#6b6b6b']
THREAD_COLOURS = ['#3a6fb0', '#e07b1a', '#1b9e5a', '#7b4fc9', '#2a9d9f',
                  '#8c6d31', '#d4a017', '#6b6b6b']


class Lab(object):
    def __init__(self, data):
        self.data = data
        self.interps = []
        self.label = {}
        self.colour = {}
        self.kind = {}
        ncpy = 0
        ncpy2 = 0
        nother = 0
        for it in data.get('interpreters') or []:
            i = it.get('id')
            if i is None:
                continue
            self.interps.append(i)
            self.label[i] = it.get('label') or i
            self.kind[i] = it.get('kind')
            if i in PALETTE:
                self.colour[i] = PALETTE[i]
            elif it.get('kind') == 'cpython' and str(it.get('version') or '').startswith('2'):
                self.colour[i] = CPY2_COLOURS[ncpy2 % len(CPY2_COLOURS)]
                ncpy2 += 1
            elif it.get('kind') == 'cpython':
                self.colour[i] = CPY_COLOURS[ncpy % len(CPY_COLOURS)]
                ncpy += 1
            else:
                self.colour[i] = OTHER_COLOURS[nother % len(OTHER_COLOURS)]
                nother += 1
        self.info = {}
        for it in data.get('interpreters') or []:
            if it.get('id') is not None:
                self.info[it['id']] = it
        self.errors = data.get('errors') or []
        exps = data.get('experiments') or {}
        self.exps = exps

    def lab(self, i):
        if i in self.label:
            return self.label[i]
        return str(i)

    def col(self, i):
        if i not in self.colour:
            self.colour[i] = OTHER_COLOURS[len(self.colour) % len(OTHER_COLOURS)]
        return self.colour[i]

    def rows(self, name, key='rows'):
        e = self.exps.get(name)
        if not isinstance(e, dict):
            return []
        r = e.get(key)
        if not isinstance(r, list):
            return []
        return [x for x in r if isinstance(x, dict)]

    def errs(self, name):
        return [e for e in self.errors if e.get('experiment') == name]

    def failed(self, name, interp):
        for e in self.errors:
            if e.get('experiment') == name and e.get('interp') == interp:
                return True
        return False

    def order(self, rows):
        """Interpreter ids present in rows, in the interpreters' order."""
        seen = []
        for i in self.interps:
            for r in rows:
                if r.get('interp') == i:
                    seen.append(i)
                    break
        for r in rows:
            i = r.get('interp')
            if i not in seen:
                seen.append(i)
        return seen

    def gilpy_policies(self):
        out = []
        for i in self.interps:
            if self.kind.get(i) == 'gilpy':
                out.append(i)
        return out


# ----------------------------------------------------------------- charts


def bar_chart(lab, experiment, title, groups, series, value, log=False,
              unit=None, ref=None, ref_label=None, lo=None, height=300,
              name=None, zero_label='0', ymin=None, ymax=None, width=1000, legend=True):
    """A grouped bar chart. groups: [(key, label)]; series: interp ids;
    value(g, s) -> number or None (None: no bar, a 'n/a' or 'failed' mark,
    as mark(g, s) says). lo(g, s): the bottom of a floating bar."""
    W = width
    left = 78
    right = 16
    top = 38
    bottom = 58
    H = height
    ph = H - top - bottom
    pw = W - left - right
    vals = []
    for g in groups:
        for s in series:
            v = num(value(g[0], s))
            if v is not None:
                vals.append(v)
            if lo is not None:
                v = num(lo(g[0], s))
                if v is not None:
                    vals.append(v)
    if ref is not None:
        vals.append(ref)
    if log:
        pos = [v for v in vals if v > 0]
        if not pos:
            pos = [1.0]
        lo_e = math.floor(math.log10(min(pos)))
        hi_e = math.ceil(math.log10(max(pos)))
        if hi_e == lo_e:
            hi_e += 1
        if ymin is not None:
            lo_e = min(lo_e, math.floor(math.log10(ymin)))

        def y(v):
            if v is None or v <= 0:
                return top + ph
            f = (math.log10(v) - lo_e) / float(hi_e - lo_e)
            return top + ph - f * ph
        ticks = []
        e = lo_e
        while e <= hi_e:
            ticks.append(10.0 ** e)
            e += 1
    else:
        vmax = max(vals) if vals else 1.0
        if ymax is not None:
            vmax = max(vmax, ymax)
        if vmax <= 0:
            vmax = 1.0
        step = nice_step(vmax, 5)
        vtop = math.ceil(vmax * 1.08 / step) * step
        vbot = 0.0

        def y(v):
            if v is None:
                return top + ph
            return top + ph - (v - vbot) / float(vtop - vbot) * ph
        ticks = []
        t = 0.0
        while t <= vtop + step * 0.01:
            ticks.append(t)
            t += step
    out = []
    out.append('<svg class="chart" data-experiment="%s"%s viewBox="0 0 %d %d" '
               'role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">'
               % (esc(experiment), (' data-chart="%s"' % esc(name)) if name else '',
                  W, H, esc(title)))
    out.append('<text class="ctitle" x="%d" y="20">%s</text>' % (left, esc(title)))
    # grid and axis
    for t in ticks:
        yy = y(t)
        out.append('<line class="grid" x1="%d" x2="%d" y1="%s" y2="%s"/>'
                   % (left, W - right, fnum(yy), fnum(yy)))
        if unit == 'us':
            lbl = tick_us(t)
        elif unit == 'x':
            lbl = ('%g' % t) + '\u00d7'
        elif unit == 'pct':
            lbl = '%.0f%%' % (t * 100)
        elif unit == 'rate':
            lbl = tick_rate(t)
        else:
            lbl = '%g' % t
        out.append('<text class="tick" x="%d" y="%s" text-anchor="end">%s</text>'
                   % (left - 6, fnum(yy + 4), esc(lbl)))
    out.append('<line class="axis" x1="%d" x2="%d" y1="%d" y2="%d"/>'
               % (left, W - right, top + ph, top + ph))
    ng = max(1, len(groups))
    gw = pw / float(ng)
    ns = max(1, len(series))
    bw = min(46.0, (gw * 0.8) / ns)
    for gi in range(len(groups)):
        gk, gl = groups[gi]
        gx = left + gi * gw
        x0 = gx + (gw - bw * ns) / 2.0
        for si in range(len(series)):
            s = series[si]
            v = num(value(gk, s))
            x = x0 + si * bw
            if v is None:
                mark = 'n/a'
                if lab.failed(experiment, s):
                    mark = 'failed'
                out.append('<text class="na" x="%s" y="%d" text-anchor="middle" '
                           'transform="rotate(-90 %s %d)">%s</text>'
                           % (fnum(x + bw / 2), top + ph - 6, fnum(x + bw / 2),
                              top + ph - 6, mark))
                continue
            yb = top + ph
            if lo is not None and num(lo(gk, s)) is not None:
                yb = y(num(lo(gk, s)))
            yv = y(v)
            if log and v <= 0:
                yv = top + ph - 2
            y1 = min(yv, yb)
            hh = max(abs(yb - yv), 1.5)
            tip = '%s, %s: %s' % (lab.lab(s), gl, label_of(v, unit))
            out.append('<rect class="bar" x="%s" y="%s" width="%s" height="%s" '
                       'fill="%s"><title>%s</title></rect>'
                       % (fnum(x + 1), fnum(y1), fnum(max(bw - 2, 1)), fnum(hh),
                          lab.col(s), esc(tip)))
            if ns <= 6 and bw >= 22:
                txt = short_label(v, unit) if not (log and v <= 0) else zero_label
                out.append('<text class="val" x="%s" y="%s" text-anchor="middle">%s</text>'
                           % (fnum(x + bw / 2), fnum(y1 - 4), esc(txt)))
                if lo is not None and num(lo(gk, s)) is not None:
                    out.append('<text class="val" x="%s" y="%s" text-anchor="middle">%s</text>'
                               % (fnum(x + bw / 2), fnum(y1 + hh + 12),
                                  esc(short_label(num(lo(gk, s)), unit))))
        out.append('<text class="glabel" x="%s" y="%d" text-anchor="middle">%s</text>'
                   % (fnum(gx + gw / 2), top + ph + 18, esc(gl)))
    if ref is not None:
        yy = y(ref)
        out.append('<line class="ref" x1="%d" x2="%d" y1="%s" y2="%s"/>'
                   % (left, W - right, fnum(yy), fnum(yy)))

    # legend
    lx = left
    ly = H - 14
    for s in (series if legend else []):
        out.append('<rect x="%d" y="%d" width="12" height="12" rx="2" fill="%s"/>'
                   % (lx, ly - 10, lab.col(s)))
        t = lab.lab(s)
        out.append('<text class="legend" x="%d" y="%d">%s</text>' % (lx + 17, ly, esc(t)))
        lx += 17 + 7.2 * len(t) + 26
    if ref is not None and ref_label:
        out.append('<line class="ref" x1="%s" x2="%s" y1="%d" y2="%d"/>'
                   % (fnum(lx), fnum(lx + 22), ly - 4, ly - 4))
        out.append('<text class="legend" x="%s" y="%d">%s</text>' % (fnum(lx + 27), ly, esc(ref_label)))
    out.append('</svg>')
    return '\n'.join(out)


def tick_us(t):
    if t == 0:
        return '0'
    for lim, div, u in ((1e6, 1e6, 's'), (1e3, 1e3, 'ms')):
        if t >= lim:
            return ('%g' % round(t / div, 3)) + ' ' + u
    return ('%g' % round(t, 3)) + ' \u00b5s'


def tick_rate(t):
    if t >= 1e6:
        return '%gM/s' % round(t / 1e6, 3)
    if t >= 1e3:
        return '%gk/s' % round(t / 1e3, 3)
    return '%g/s' % round(t, 3)


def legend_html(lab, ids):
    return '<div class="hlegend">%s</div>' % ''.join(
        ['<span>%s</span>' % swatch(lab, i) for i in ids])


def label_of(v, unit):
    if unit == 'us':
        return fmt_us(v)
    if unit == 'x':
        return fmt_ratio(v)
    if unit == 'pct':
        return fmt_pct(v)
    if unit == 'rate':
        return fmt_rate(v)
    return '%g' % v


def short_label(v, unit):
    if unit == 'us':
        return fmt_us(v).replace(' ', '')
    if unit == 'x':
        return '%.2f' % v
    if unit == 'pct':
        return '%.0f%%' % (v * 100)
    if unit == 'rate':
        if v >= 1e3:
            return '%.0fk' % (v / 1e3)
        return '%.0f' % v
    if v >= 100:
        return '%.0f' % v
    return '%.2f' % v


# ----------------------------------------------------------------- tables


def table(head, rows, cls=''):
    out = ['<table class="data %s"><thead><tr>' % cls]
    for h in head:
        out.append('<th>%s</th>' % esc(h))
    out.append('</tr></thead><tbody>')
    for r in rows:
        out.append('<tr>')
        first = True
        for c in r:
            if isinstance(c, tuple):      # (html, class)
                out.append('<td class="%s">%s</td>' % (c[1], c[0]))
            elif first:
                out.append('<td class="name">%s</td>' % c)
            else:
                out.append('<td>%s</td>' % c)
            first = False
        out.append('</tr>')
    out.append('</tbody></table>')
    return ''.join(out)


def swatch(lab, i):
    return ('<span class="sw" style="background:%s"></span>%s'
            % (lab.col(i), esc(lab.lab(i))))


def errors_box(lab, name):
    es = lab.errs(name)
    if not es:
        return ''
    out = ['<div class="errors"><b>Failed runs (%d)</b><ul>' % len(es)]
    for e in es:
        out.append('<li><b>%s</b>%s: %s</li>'
                   % (esc(lab.lab(e.get('interp'))),
                      (' (' + esc(e.get('params')) + ')') if e.get('params') else '',
                      esc(e.get('error', ''))))
    out.append('</ul></div>')
    return ''.join(out)


def missing_note(lab, name, rows):
    """Interpreters of the lab with no row in this experiment."""
    have = set([r.get('interp') for r in rows])
    miss = [i for i in lab.interps if i not in have]
    if not miss:
        return ''
    parts = []
    for i in miss:
        parts.append('%s (%s)' % (esc(lab.lab(i)),
                                  'failed' if lab.failed(name, i) else 'not run'))
    return '<p class="note">No results: %s.</p>' % ', '.join(parts)


def section(num_, sid, title, intro, conclusion, body):
    return ('<section id="%s" class="experiment" data-experiment="%s">'
            '<h2><span class="num">%d</span>%s</h2><p class="intro">%s</p>'
            '<p class="conclusion">%s</p>%s</section>'
            % (sid, sid, num_, esc(title), intro, esc(conclusion), body))


def pick(rows, **kw):
    for r in rows:
        ok = True
        for k in kw:
            if r.get(k) != kw[k]:
                ok = False
                break
        if ok:
            return r
    return None


def best_worst(items):
    """items: [(value, id)] with numbers; returns (best, worst) by value."""
    items = [x for x in items if num(x[0]) is not None]
    if not items:
        return None, None
    items = sorted(items, key=lambda x: x[0])
    return items[0], items[-1]


def cpython_ref(lab, ids):
    """The newest CPython 3 among ids (the usual comparison), or None."""
    best = None
    for i in ids:
        if lab.kind.get(i) != 'cpython':
            continue
        v = str(lab.info.get(i, {}).get('version') or '')
        if v.startswith('3'):
            key = tuple(int(p) if p.isdigit() else 0 for p in v.split('.'))
            if best is None or key > best[0]:
                best = (key, i)
    if best is None:
        return None
    return best[1]


# ------------------------------------------------------ 1. count


def exp_count(lab):
    rows = lab.rows('count')
    ids = lab.order(rows)
    cores = (lab.data.get('machine') or {}).get('cores')

    def ratio(pinned, k):
        def f(i, _k=k, _p=pinned):
            r = pick(rows, interp=i, pinned=_p)
            if r is None:
                return None
            t = (r.get('threads') or {}).get(str(_k))
            if not isinstance(t, dict):
                return None
            return num(t.get('ratio'))
        return f
    groups = []
    fs = {}
    for pinned in (False, True):
        for k in (2, 4):
            key = '%d-%s' % (k, 'pinned' if pinned else 'all')
            lbl = '%d threads, %s' % (k, 'pinned to 1 core' if pinned else
                                     ('all %s cores' % cores if cores else 'all cores'))
            has = False
            for i in ids:
                if ratio(pinned, k)(i) is not None:
                    has = True
            if has:
                groups.append((key, lbl))
                fs[key] = ratio(pinned, k)
    chart = ''
    if groups and ids:
        chart = bar_chart(lab, 'count', 'Threaded time / sequential time (lower is better; 1 = no loss)',
                          groups, ids, lambda g, s: fs[g](s), unit='x', ref=1.0,
                          ref_label='= sequential', name='ratio')
    trs = []
    for i in ids:
        for pinned in (False, True):
            r = pick(rows, interp=i, pinned=pinned)
            if r is None:
                continue
            th = r.get('threads') or {}
            cells = [swatch(lab, i), 'pinned' if pinned else 'all cores',
                     fmt_int(r.get('n')), fmt_s(r.get('seq_s'))]
            for k in ('2', '4'):
                t = th.get(k)
                if isinstance(t, dict):
                    cells.append('%s <span class="dim">(%s)</span>'
                                 % (fmt_s(t.get('t_s')), fmt_ratio(t.get('ratio'))))
                else:
                    cells.append('<span class="dim">n/a</span>')
            trs.append(cells)
    tab = table(['interpreter', 'cores', 'n', 'sequential', '2 threads (ratio)',
                 '4 threads (ratio)'], trs) if trs else '<p class="note">No rows.</p>'
    # conclusion
    f2 = ratio(False, 2)
    b, w = best_worst([(f2(i), i) for i in ids])
    if b is None:
        concl = 'No count result to compare.'
    else:
        concl = ('With 2 threads on %s, %s was the best: the threaded run took %s the '
                 'sequential time' % ('all %s cores' % cores if cores else 'all cores',
                                      lab.lab(b[1]), fmt_ratio(b[0])))
        f4 = ratio(False, 4)(b[1])
        if f4 is not None:
            concl += ' (%s with 4 threads)' % fmt_ratio(f4)
        if w[1] != b[1]:
            concl += ('; the worst was %s at %s, %.0f%% slower than %s'
                      % (lab.lab(w[1]), fmt_ratio(w[0]),
                         (w[0] / b[0] - 1) * 100, lab.lab(b[1])))
            w4 = ratio(False, 4)(w[1])
            if w4 is not None:
                concl += ' (%s with 4 threads)' % fmt_ratio(w4)
        ref = cpython_ref(lab, ids)
        if ref is not None and ref not in (b[1], w[1]) and f2(ref) is not None:
            concl += '; %s: %s' % (lab.lab(ref), fmt_ratio(f2(ref)))
        p = ratio(True, 2)
        pb, pw = best_worst([(p(i), i) for i in ids])
        if pb is not None:
            concl += ('. With 2 threads pinned to one core, all stayed between %s and %s'
                      % (fmt_ratio(pb[0]), fmt_ratio(pw[0])))
        concl += '.'
    intro = ('The seed\'s experiment (Beazley 2009): <code>count(n)</code> run twice in '
             'sequence, then in 2 and 4 threads sharing the same total work; the ratio is '
             'threaded time over sequential time. A GIL makes the threads take turns, so '
             'the best possible is 1; more is the cost of the lock itself (on several '
             'cores, CPython 2\'s tick GIL makes the threads fight over it).')
    body = chart + tab + missing_note(lab, 'count', rows) + errors_box(lab, 'count')
    return concl, section(1, 'count', 'CPU-bound threads: the seed\'s count experiment',
                          intro, concl, body)


# ------------------------------------------------------ 2. io


def exp_io(lab):
    rows = lab.rows('io')
    ids = lab.order(rows)
    ks = sorted(set([r.get('cpu_threads') for r in rows
                     if isinstance(r.get('cpu_threads'), int)]))
    groups = [(k, '%d CPU thread%s' % (k, '' if k == 1 else 's')) for k in ks]

    def p99(k, i):
        r = pick(rows, interp=i, cpu_threads=k)
        return None if r is None else num(r.get('p99_us'))

    def keep(k, i):
        r = pick(rows, interp=i, cpu_threads=k)
        return None if r is None else num(r.get('cpu_keep'))
    charts = ''
    if groups and ids:
        charts += bar_chart(lab, 'io', 'I/O round trip p99 (log scale; lower is better)',
                            groups, ids, p99, log=True, unit='us', name='p99', height=320)
        kg = [g for g in groups if g[0] > 0]
        if kg:
            charts += bar_chart(lab, 'io', 'CPU threads\' throughput kept while the I/O '
                                'thread is served (higher is better)', kg, ids, keep,
                                unit='pct', ref=1.0, ref_label='= as fast as alone',
                                name='cpu_keep', height=250)
    trs = []
    for i in ids:
        cells = [swatch(lab, i)]
        for k in ks:
            r = pick(rows, interp=i, cpu_threads=k)
            if r is None:
                cells.append('<span class="bad">%s</span>'
                             % ('failed' if lab.failed('io', i) else 'not run'))
                continue
            sub = 'p50 %s \u00b7 max %s' % (fmt_us(r.get('p50_us')), fmt_us(r.get('max_us')))
            if k > 0:
                sub += ' \u00b7 kept %s' % fmt_pct(r.get('cpu_keep'))
            sub += ' \u00b7 %s rounds' % fmt_int(r.get('rounds'))
            cells.append('<b>%s</b><br><span class="sub">%s</span>'
                         % (esc(fmt_us(r.get('p99_us'))), esc(sub)))
        trs.append(cells)
    tab = table(['interpreter'] + ['p99, %s' % g[1] for g in groups], trs,
                'pivot') if trs else '<p class="note">No rows.</p>'
    # conclusion: at 2 CPU threads if measured, else the largest K > 0
    kk = None
    if 2 in ks:
        kk = 2
    else:
        for k in ks:
            if k > 0:
                kk = k
    if kk is None:
        concl = 'No I/O result with CPU threads to compare.'
    else:
        b, w = best_worst([(p99(kk, i), i) for i in ids])
        ref = cpython_ref(lab, ids)
        other = w
        if ref is not None and ref != b[1] and p99(kk, ref) is not None:
            other = (p99(kk, ref), ref)
        concl = ('%s kept the I/O round trip p99 at %s with %d CPU thread%s'
                 % (lab.lab(b[1]), fmt_us(b[0]), kk, '' if kk == 1 else 's'))
        if other[1] != b[1] and b[0] > 0:
            concl += (', %s better than %s (%s)'
                      % (fmt_times(other[0] / b[0]), lab.lab(other[1]), fmt_us(other[0])))
            if other[1] != w[1]:
                concl += ' and %s better than the worst, %s (%s)' % (
                    fmt_times(w[0] / b[0]), lab.lab(w[1]), fmt_us(w[0]))
        kb = keep(kk, b[1])
        if kb is not None:
            concl += ', while its CPU threads kept %s of their throughput' % fmt_pct(kb)
        if 0 in ks and p99(0, b[1]) is not None:
            concl += ' (p99 with no CPU thread: %s)' % fmt_us(p99(0, b[1]))
        concl += '.'
    intro = ('Priority inversion and the convoy effect: a responder thread answers a '
             'client in another process (a socket pair), which measures each round trip, '
             'while 0, 1, 2 or 4 CPU-bound threads run. Under CPython 3\'s GIL, the '
             'responder waits up to a switch interval (5 ms) every time it comes back '
             'from recv. Also measured: how much of their throughput the CPU threads keep '
             'while the responder is served, against the same threads alone, the two '
             'measured in alternating chunks (this machine\'s speed drifts over seconds).')
    body = charts + tab + missing_note(lab, 'io', rows) + errors_box(lab, 'io')
    return concl, section(2, 'io', 'Priority inversion: an I/O thread beside CPU threads',
                          intro, concl, body)


# ------------------------------------------------------ 3. signals


def ctrl_us(r, f):
    if r is None or num(r.get(f)) is None:
        return None
    return num(r.get(f)) * 1000.0


MODES = [('spin', 'main thread spinning'), ('sleep', 'main thread sleeping'),
         ('join', 'main thread in join()')]


def exp_signals(lab):
    rows = lab.rows('signals')
    ctrl = lab.rows('signals', 'ctrl_c')
    ids = lab.order(rows + ctrl)
    modes = []
    for m, l in MODES:
        if pick(rows, main=m) is not None:
            r = pick(rows, main=m)
            k = r.get('cpu_threads')
            modes.append((m, '%s + %s CPU' % (l, k) if k is not None else l))
    for r in rows:
        m = r.get('main')
        if m not in [x[0] for x in modes]:
            modes.append((m, str(m)))

    def p99(m, i):
        r = pick(rows, interp=i, main=m)
        return None if r is None else num(r.get('p99_us'))
    charts = ''
    if modes and ids:
        charts += bar_chart(lab, 'signals', 'Signal handler lateness p99 (log scale; lower is better)',
                            modes, ids, p99, log=True, unit='us', name='p99', height=320)
    cids = lab.order(ctrl)
    if cids:
        charts += bar_chart(lab, 'signals', 'Ctrl-C: time from SIGINT to the process\'s end, '
                            'median and max (lower is better)',
                            [('median_ms', 'median'), ('max_ms', 'max')],
                            cids, lambda g, i: ctrl_us(pick(ctrl, interp=i), g),
                            unit='us', name='ctrl_c', height=250)
    trs = []
    for i in lab.order(rows):
        cells = [swatch(lab, i)]
        for m, l in modes:
            r = pick(rows, interp=i, main=m)
            if r is None:
                cells.append('<span class="bad">%s</span>'
                             % ('failed' if lab.failed('signals', i) else 'not run'))
                continue
            h = num(r.get('handled'))
            sn = num(r.get('sent'))
            hs = '%s/%s handled' % (fmt_int(h), fmt_int(sn))
            sub = 'p50 %s \u00b7 max %s \u00b7 ' % (fmt_us(r.get('p50_us')), fmt_us(r.get('max_us')))
            if h is not None and sn is not None and h < sn:
                hs = '<span class="bad">%s</span>' % hs
            cells.append('<b>%s</b><br><span class="sub">%s%s</span>'
                         % (esc(fmt_us(r.get('p99_us'))), esc(sub), hs))
        trs.append(cells)
    tab = table(['interpreter'] + ['p99 late, %s' % l for m, l in modes], trs,
                'pivot') if trs else '<p class="note">No rows.</p>'
    ctr = []
    for i in cids:
        r = pick(ctrl, interp=i)
        eb = r.get('ended_by')
        ebs = esc(eb) if eb == 'SIGINT' else '<span class="bad">%s</span>' % esc(eb)
        ctr.append([swatch(lab, i), fmt_int(r.get('runs')), fmt_ms(r.get('median_ms')),
                    fmt_ms(r.get('max_ms')), ebs])
    ctab = ''
    if ctr:
        ctab = ('<h3>Ctrl-C</h3>' + table(['interpreter', 'runs', 'median stop time',
                                           'max stop time', 'ended by'], ctr))
    # conclusion
    parts = []
    worst_mode = None
    for m, l in modes:
        b, w = best_worst([(p99(m, i), i) for i in ids])
        if b is None:
            continue
        if worst_mode is None or w[0] > worst_mode[1][0]:
            worst_mode = (m, w, b, l)
    if worst_mode is None:
        concl = 'No signal result to compare.'
    else:
        m, w, b, l = worst_mode
        concl = ('With the %s, %s ran the handlers at most %s late (p99)'
                 % (l.replace('main thread', 'main thread').replace(' + ', ' and ') + ' thread' +
                    ('s' if not l.endswith(' 1 CPU') else ''), lab.lab(b[1]), fmt_us(b[0])))
        if w[1] != b[1]:
            concl += ', against %s for %s' % (fmt_us(w[0]), lab.lab(w[1]))
            r = pick(rows, interp=w[1], main=m)
            if r is not None and num(r.get('handled')) is not None and num(r.get('sent')) is not None \
                    and r.get('handled') < r.get('sent'):
                concl += ', which ran only %s of the %s handlers' % (
                    fmt_int(r.get('handled')), fmt_int(r.get('sent')))
            if b[0] > 0:
                concl += ' (%s later)' % fmt_times(w[0] / b[0])
        cb, cw = best_worst([(num(pick(ctrl, interp=i).get('median_ms')), i) for i in cids])
        if cb is not None:
            concl += '. Ctrl-C stopped %s in %s (median)' % (lab.lab(cb[1]), fmt_ms(cb[0]))
            if cw[1] != cb[1]:
                concl += ', %s in %s' % (lab.lab(cw[1]), fmt_ms(cw[0]))
        concl += '.'
    intro = ('A 10 ms interval timer sends SIGALRM while CPU-bound threads run; the '
             'lateness is the time from the signal\'s arrival to its Python handler, which '
             'only the main thread runs. The main thread spins, sleeps, or waits in '
             '<code>join()</code>. Then Ctrl-C: SIGINT sent to a process whose threads '
             'compute, and the time until it ends.')
    body = charts + tab + ctab + missing_note(lab, 'signals', rows) + errors_box(lab, 'signals')
    return concl, section(3, 'signals', 'Signals: handlers and Ctrl-C', intro, concl, body)


# ------------------------------------------------------ 4. fairness


def exp_fairness(lab):
    rows = lab.rows('fairness')
    ids = lab.order(rows)
    ks = sorted(set([r.get('threads') for r in rows if isinstance(r.get('threads'), int)]))
    groups = [(k, '%d threads' % k) for k in ks]

    def get(k, i, f):
        r = pick(rows, interp=i, threads=k)
        return None if r is None else num(r.get(f))
    charts = ''
    if groups and ids:
        charts += bar_chart(lab, 'fairness', 'Share of the CPU per thread: smallest to largest '
                            '(1 = a fair share)', groups, ids,
                            lambda k, i: get(k, i, 'max_share'),
                            lo=lambda k, i: get(k, i, 'min_share'), unit='x', ref=1.0,
                            ref_label='fair', name='shares', height=280)
        charts += '<div class="grid2">'
        charts += bar_chart(lab, 'fairness', 'GIL battle: failed takes per second (log; 0 is best)',
                            groups, ids,
                            lambda k, i: get(k, i, 'failed_per_s'), log=True, unit='rate',
                            name='failed', height=300, ymin=1.0, width=620, legend=False)
        charts += bar_chart(lab, 'fairness', 'Switches per second (hand-overs)',
                            groups, ids, lambda k, i: get(k, i, 'switches_per_s'),
                            unit='rate', name='switches', height=300, width=620, legend=False)
        charts += '</div>' + legend_html(lab, ids)
    trs = []
    for i in ids:
        for k in ks:
            r = pick(rows, interp=i, threads=k)
            if r is None:
                continue
            sh = r.get('shares') or []
            shs = ' '.join(['%.2f' % x for x in sh if num(x) is not None])
            trs.append([swatch(lab, i), str(k), fmt_s(r.get('duration_s')),
                        '<span class="mono">%s</span>' % esc(shs),
                        '%.2f' % r['min_share'] if num(r.get('min_share')) is not None else 'n/a',
                        '%.2f' % r['max_share'] if num(r.get('max_share')) is not None else 'n/a',
                        fmt_rate(r.get('switches_per_s')), fmt_rate(r.get('failed_per_s')),
                        fmt_ms(r.get('max_wait_ms'))])
    tab = table(['interpreter', 'threads', 'duration', 'shares', 'min', 'max', 'switches',
                 'failed takes', 'longest wait'], trs) if trs else '<p class="note">No rows.</p>'
    if not ks:
        concl = 'No fairness result to compare.'
    else:
        k = ks[-1]

        def spread(i):
            a = get(k, i, 'min_share')
            b = get(k, i, 'max_share')
            if a is None or b is None:
                return None
            return b - a
        b, w = best_worst([(spread(i), i) for i in ids])
        if b is None:
            concl = 'No fairness result to compare.'
        else:
            concl = ('With %d CPU-bound threads, %s was the fairest: every thread got between '
                     '%.2f and %.2f of a fair share' % (k, lab.lab(b[1]), get(k, b[1], 'min_share'),
                                                        get(k, b[1], 'max_share')))
            mw = get(k, b[1], 'max_wait_ms')
            if mw is not None:
                concl += ', none waited longer than %s' % fmt_ms(mw)
            if w[1] != b[1]:
                concl += ('; %s was the least fair, between %.2f and %.2f'
                          % (lab.lab(w[1]), get(k, w[1], 'min_share'), get(k, w[1], 'max_share')))
            fb, fw = best_worst([(get(k, i, 'failed_per_s'), i) for i in ids])
            if fw is not None and fw[0] > 0:
                concl += ('. The GIL battle: %s failed %s acquisitions per second'
                          % (lab.lab(fw[1]), fmt_int(fw[0])))
                if fb[1] != fw[1]:
                    if fb[0] == 0:
                        concl += ', %s none' % lab.lab(fb[1])
                    else:
                        concl += ', %s %s' % (lab.lab(fb[1]), fmt_int(fb[0]))
            concl += '.'
    intro = ('K CPU-bound threads run for a fixed time; each thread\'s share of the work is '
             'normalised so that 1 is a fair share. gilpy\'s lock also counts switches '
             '(hand-overs to another thread) and failed acquisitions (a woken thread that '
             'finds the lock taken again: Beazley\'s "GIL battle"); CPython does not expose '
             'them (n/a).')
    body = charts + tab + missing_note(lab, 'fairness', rows) + errors_box(lab, 'fairness')
    return concl, section(4, 'fairness', 'Fairness and the convoy: who gets the lock',
                          intro, concl, body)


# ------------------------------------------------------ 5. timelines

WINDOW_US = 50000.0


class Trace(object):
    def __init__(self, d):
        self.other = d.get('otherData') or {}
        self.truncated = bool(d.get('truncated'))
        self.names = {}
        self.sort = {}
        self.spans = {}      # tid -> {'holds': [(ts, te)], 'waits': [...]}
        self.marks = {}      # tid -> {name: [ts]}
        self.signals = []    # arrivals: (ts, name)
        self.hold_list = []  # (ts, te, tid)
        for e in d.get('traceEvents') or []:
            ph = e.get('ph')
            tid = e.get('tid')
            name = e.get('name')
            if ph == 'M':
                a = e.get('args') or {}
                if name == 'thread_name':
                    self.names[tid] = a.get('name')
                elif name == 'thread_sort_index':
                    self.sort[tid] = a.get('sort_index')
                continue
            ts = num(e.get('ts'))
            if ts is None:
                continue
            if ph == 'X':
                dur = num(e.get('dur')) or 0.0
                self.spans.setdefault(tid, {}).setdefault(name, []).append((ts, ts + dur))
                if name == 'holds':
                    self.hold_list.append((ts, ts + dur, tid))
            elif ph == 'i' or ph == 'I':
                if tid == 0 or e.get('cat') == 'signal':
                    self.signals.append((ts, name))
                else:
                    self.marks.setdefault(tid, {}).setdefault(name, []).append(ts)
        self.hold_list.sort()
        for tid in self.spans:
            for n in self.spans[tid]:
                self.spans[tid][n].sort()
        for tid in self.marks:
            for n in self.marks[tid]:
                self.marks[tid][n].sort()
        self.signals.sort()
        # switches: a hold that starts on another thread than the previous one
        self.switches = []
        prev = None
        for ts, te, tid in self.hold_list:
            if prev is not None and tid != prev:
                self.switches.append(ts)
            prev = tid
        alltimes = []
        for ts, te, tid in self.hold_list:
            alltimes.append(ts)
            alltimes.append(te)
        for tid in self.marks:
            for n in self.marks[tid]:
                alltimes.extend(self.marks[tid][n])
        for tid in self.spans:
            for n in self.spans[tid]:
                for a, b in self.spans[tid][n]:
                    alltimes.append(a)
                    alltimes.append(b)
        alltimes.extend([s[0] for s in self.signals])
        self.t0 = min(alltimes) if alltimes else 0.0
        self.t1 = max(alltimes) if alltimes else 0.0

    def interesting(self):
        t = list(self.switches)
        for tid in self.marks:
            for n in self.marks[tid]:
                if n in ('failed take', 'drop request', 'forced switch', 'request',
                         'signal handler'):
                    t.extend(self.marks[tid][n])
        t.extend([s[0] for s in self.signals])
        t.sort()
        return t

    def window(self, width=WINDOW_US):
        """The window (start, end) where most happens: the most switches,
        failed takes, requests and signals."""
        if self.t1 - self.t0 <= width:
            return self.t0, max(self.t1, self.t0 + 1.0)
        ev = self.interesting()
        if not ev:
            return self.t0, self.t0 + width
        margin = width * 0.04
        best = (-1, self.t0)
        j = 0
        n = len(ev)
        for i in range(n):
            start = max(self.t0, ev[i] - margin)
            start = min(start, self.t1 - width)
            while j < n and ev[j] <= start + width:
                j += 1
            lo = i
            while lo > 0 and ev[lo - 1] >= start:
                lo -= 1
            c = j - lo
            if c > best[0]:
                best = (c, start)
        return best[1], best[1] + width

    def threads(self):
        tids = set()
        for t in self.spans:
            tids.add(t)
        for t in self.marks:
            tids.add(t)
        tids.discard(0)
        return sorted(tids, key=lambda t: (self.sort.get(t, t) if num(self.sort.get(t, t)) is not None else t, t))


def merge(spans, a, b, px_us):
    """Clip spans to [a, b] and merge those less than half a pixel apart."""
    out = []
    for s, e in spans:
        if e < a or s > b:
            continue
        s = max(s, a)
        e = min(e, b)
        if out and s - out[-1][1] < px_us * 0.5:
            if e > out[-1][1]:
                out[-1][1] = e
            continue
        out.append([s, e])
    return out


def timeline_svg(lab, interp, experiment, tr, uid):
    W = 1000
    left = 150
    right = 14
    top = 30
    rowh = 30
    barh = 16
    pw = W - left - right
    a, b = tr.window()
    span = b - a
    px_us = span / float(pw)

    def X(t):
        return left + (t - a) / span * pw
    tids = []
    alltids = tr.threads()
    for t in alltids:
        alive = False
        for n in tr.spans.get(t, {}):
            for s, e in tr.spans[t][n]:
                if e >= a and s <= b:
                    alive = True
                    break
        for n in tr.marks.get(t, {}):
            for s in tr.marks[t][n]:
                if a <= s <= b:
                    alive = True
                    break
        if alive:
            tids.append(t)
    sig_in = [s for s in tr.signals if a <= s[0] <= b]
    nrows = len(tids) + (1 if sig_in else 0)
    axis_y = top + nrows * rowh + 6
    H = axis_y + 64
    out = []
    out.append('<svg class="timeline" data-interp="%s" data-experiment="%s" id="tl-%s" '
               'viewBox="0 0 %d %d" role="img" aria-label="GIL timeline of %s, %s" '
               'xmlns="http://www.w3.org/2000/svg">'
               % (esc(interp), esc(experiment), uid, W, H, esc(lab.lab(interp)), esc(experiment)))
    out.append('<defs><pattern id="hatch-%s" width="6" height="6" patternUnits="userSpaceOnUse" '
               'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff" fill-opacity="0"/>'
               '<line x1="0" y1="0" x2="0" y2="6" stroke="#5b6675" stroke-width="1.6" '
               'stroke-opacity="0.55"/></pattern></defs>' % uid)
    title = '%s \u2014 %s' % (lab.lab(interp), experiment)
    out.append('<text class="ctitle" x="%d" y="18">%s</text>' % (left, esc(title)))
    # time grid
    step = nice_step(span / 1000.0, 10) * 1000.0
    t = 0.0
    while t <= span + 1e-6:
        xx = X(a + t)
        out.append('<line class="grid" x1="%s" x2="%s" y1="%d" y2="%d"/>'
                   % (fnum(xx), fnum(xx), top - 4, axis_y))
        lbl = ('%g' % round(t / 1000.0, 3)) + (' ms' if t == 0 else '')
        out.append('<text class="tick" x="%s" y="%d" text-anchor="middle">%s</text>'
                   % (fnum(xx), axis_y + 15, lbl))
        t += step
    out.append('<line class="axis" x1="%d" x2="%d" y1="%d" y2="%d"/>'
               % (left, W - right, axis_y, axis_y))
    out.append('<text class="tick" x="%d" y="%d" text-anchor="end">time (ms) from %s ms</text>'
               % (W - right, axis_y + 30, '%.1f' % ((a - tr.t0) / 1000.0)))
    row = 0
    if sig_in:
        yc = top + row * rowh + rowh / 2.0
        out.append('<text class="rowlabel" x="%d" y="%s" text-anchor="end">signals</text>'
                   % (left - 8, fnum(yc + 4)))
        out.append('<line class="rowline" x1="%d" x2="%d" y1="%s" y2="%s"/>'
                   % (left, W - right, fnum(yc), fnum(yc)))
        lastx = -10.0
        for ts, name in sig_in:
            xx = X(ts)
            if xx - lastx < 1.0:
                continue
            lastx = xx
            out.append('<path class="sigmark" d="M%s %s l5 -8 h-10 z"><title>%s at %.3f ms</title></path>'
                       % (fnum(xx), fnum(yc + 4), esc(name), (ts - a) / 1000.0))
        row += 1
    for ti in range(len(tids)):
        tid = tids[ti]
        colour = THREAD_COLOURS[alltids.index(tid) % len(THREAD_COLOURS)]
        y0 = top + row * rowh
        yb = y0 + (rowh - barh) / 2.0
        name = tr.names.get(tid) or ('thread %s' % tid)
        if len(name) > 22:
            name = name[:21] + '\u2026'
        out.append('<text class="rowlabel" x="%d" y="%s" text-anchor="end">%s</text>'
                   % (left - 8, fnum(yb + barh - 3), esc(name)))
        out.append('<rect class="lane" x="%d" y="%s" width="%d" height="%d"/>'
                   % (left, fnum(yb), pw, barh))
        sp = tr.spans.get(tid, {})
        for s, e in merge(sp.get('waits', []), a, b, px_us):
            out.append('<rect class="wait" x="%s" y="%s" width="%s" height="%d" fill="%s"/>'
                       % (fnum(X(s)), fnum(yb), fnum(max(X(e) - X(s), 0.6)), barh, colour))
            out.append('<rect x="%s" y="%s" width="%s" height="%d" fill="url(#hatch-%s)"/>'
                       % (fnum(X(s)), fnum(yb), fnum(max(X(e) - X(s), 0.6)), barh, uid))
        for s, e in merge(sp.get('holds', []), a, b, px_us):
            out.append('<rect class="hold" x="%s" y="%s" width="%s" height="%d" fill="%s"/>'
                       % (fnum(X(s)), fnum(yb), fnum(max(X(e) - X(s), 1.5)), barh, colour))
        mk = tr.marks.get(tid, {})
        # ticks above the lane: requests; below: failed takes ("only trying")
        for mname, cls, y1, y2 in (('request', 'req', yb - 5, yb),
                                   ('drop request', 'drop', yb - 5, yb),
                                   ('failed take', 'fail', yb + barh, yb + barh + 6)):
            d = []
            lastx = -10.0
            for ts in mk.get(mname, []):
                if ts < a or ts > b:
                    continue
                xx = X(ts)
                if xx - lastx < 1.0:
                    continue
                lastx = xx
                d.append('M%s %sV%s' % (fnum(xx), fnum(y1), fnum(y2)))
            if d:
                out.append('<path class="%s" d="%s"/>' % (cls, ''.join(d)))
        for ts in mk.get('signal handler', []):
            if a <= ts <= b:
                out.append('<circle class="handler" cx="%s" cy="%s" r="4"><title>signal handler at '
                           '%.3f ms</title></circle>' % (fnum(X(ts)), fnum(yb + barh / 2.0),
                                                        (ts - a) / 1000.0))
        for mname, sym in (('thread start', 'start'), ('thread end', 'end')):
            for ts in mk.get(mname, []):
                if a <= ts <= b:
                    xx = X(ts)
                    out.append('<path class="life" d="M%s %sv%d"/>' % (fnum(xx), fnum(yb - 3), barh + 6))
        row += 1
    # legend
    ly = H - 14
    lx = left
    items = [('hold', 'holds the GIL'), ('wait', 'waits for it'), ('req', 'request'),
             ('drop', 'drop request'), ('fail', 'failed take (only trying)'),
             ('handler', 'signal handler'), ('sigmark', 'signal arrives'), ('life', 'thread start/end')]
    for cls, text in items:
        if cls == 'hold':
            out.append('<rect x="%d" y="%d" width="16" height="10" fill="#3a6fb0"/>' % (lx, ly - 9))
        elif cls == 'wait':
            out.append('<rect class="wait" x="%d" y="%d" width="16" height="10" fill="#3a6fb0"/>'
                       '<rect x="%d" y="%d" width="16" height="10" fill="url(#hatch-%s)"/>'
                       % (lx, ly - 9, lx, ly - 9, uid))
        elif cls in ('req', 'drop', 'fail', 'life'):
            out.append('<path class="%s" d="M%d %dv10M%d %dv10"/>' % (cls, lx + 5, ly - 9, lx + 10, ly - 9))
        elif cls == 'handler':
            out.append('<circle class="handler" cx="%d" cy="%d" r="4"/>' % (lx + 8, ly - 4))
        elif cls == 'sigmark':
            out.append('<path class="sigmark" d="M%d %d l5 -8 h-10 z"/>' % (lx + 8, ly))
        out.append('<text class="legend" x="%d" y="%d">%s</text>' % (lx + 21, ly, esc(text)))
        lx += 21 + int(6.3 * len(text)) + 16
    out.append('</svg>')
    # window statistics
    st = {}
    st['start_ms'] = (a - tr.t0) / 1000.0
    st['len_ms'] = span / 1000.0
    st['switches'] = len([x for x in tr.switches if a <= x <= b])
    nf = 0
    for tid in tr.marks:
        nf += len([x for x in tr.marks[tid].get('failed take', []) if a <= x <= b])
    st['failed'] = nf
    lw = 0.0
    lwt = None
    for tid in tr.spans:
        for s, e in tr.spans[tid].get('waits', []):
            if e >= a and s <= b and e - s > lw:
                lw = e - s
                lwt = tid
    st['longest_wait_us'] = lw
    st['longest_wait_thread'] = tr.names.get(lwt) if lwt is not None else None
    st['signals'] = len(sig_in)
    # the thread that asked for the lock most often (the I/O thread in io)
    best = None
    for tid in tids:
        n = len([x for x in tr.marks.get(tid, {}).get('request', []) if a <= x <= b])
        if n and (best is None or n > best[0]):
            best = (n, tid)
    st['requester'] = None
    if best is not None:
        ws = [e - s for s, e in tr.spans.get(best[1], {}).get('waits', []) if a <= s <= b]
        st['requester'] = tr.names.get(best[1]) or ('thread %s' % best[1])
        st['requester_requests'] = best[0]
        st['requester_max_wait_us'] = max(ws) if ws else 0.0
        st['requester_mean_wait_us'] = sum(ws) / len(ws) if ws else 0.0
    return '\n'.join(out), st


def exp_timelines(lab, base):
    tls = lab.exps.get('timelines')
    if not isinstance(tls, list):
        tls = []
    policies = lab.gilpy_policies()
    exps = ['count', 'io']
    for t in tls:
        if isinstance(t, dict) and t.get('experiment') not in exps and t.get('experiment'):
            exps.append(t['experiment'])
    out = []
    stats = {}
    uid = 0
    fixture_notes = []
    for e in exps:
        block = []
        for p in policies:
            ent = None
            for t in tls:
                if isinstance(t, dict) and t.get('interp') == p and t.get('experiment') == e:
                    ent = t
            if ent is None:
                if e in ('count', 'io'):
                    block.append('<div class="tlbox missing"><b>%s</b>: no %s trace recorded%s.</div>'
                                 % (esc(lab.lab(p)), esc(e), ' (the run failed)'
                                    if lab.failed(e, p) or lab.failed('timelines', p) else ''))
                continue
            path = os.path.join(base, str(ent.get('trace')))
            if not os.path.exists(path):
                block.append('<div class="tlbox missing"><b>%s</b>: trace file %s is missing.</div>'
                             % (esc(lab.lab(p)), esc(ent.get('trace'))))
                continue
            try:
                f = open(path)
                d = json.load(f)
                f.close()
                tr = Trace(d)
            except Exception as ex:
                block.append('<div class="tlbox missing"><b>%s</b>: trace %s unreadable: %s</div>'
                             % (esc(lab.lab(p)), esc(ent.get('trace')), esc(ex)))
                continue
            uid += 1
            svg, st = timeline_svg(lab, p, e, tr, 'tl%d' % uid)
            stats[(p, e)] = st
            fx = tr.other.get('fixture')
            if fx:
                fixture_notes.append(fx)
            cap = ('%.1f ms from %.1f ms into the trace: %s switch%s, %s failed take%s, longest '
                   'wait %s%s' % (st['len_ms'], st['start_ms'], fmt_int(st['switches']),
                                  '' if st['switches'] == 1 else 'es', fmt_int(st['failed']),
                                  '' if st['failed'] == 1 else 's', fmt_us(st['longest_wait_us']),
                                  (', by %s' % st['longest_wait_thread']) if st['longest_wait_thread'] else ''))
            if st['signals']:
                cap += ', %d signal%s' % (st['signals'], '' if st['signals'] == 1 else 's')
            if e == 'io' and st.get('requester'):
                cap += ('; %s asked %s times, waited %s on average, %s at most'
                        % (st['requester'], fmt_int(st['requester_requests']),
                           fmt_us(st['requester_mean_wait_us']), fmt_us(st['requester_max_wait_us'])))
            if tr.truncated:
                cap += '; the trace was truncated'
            if fx:
                cap += ' [fixture trace: %s]' % fx
            block.append('<figure class="tlbox">%s<figcaption>%s.</figcaption></figure>'
                         % (svg, esc(cap)))
        if block:
            what = {'count': 'count, 2 CPU-bound threads',
                    'io': 'I/O responder beside CPU threads',
                    'signals': 'signals: a timer beside CPU threads'}.get(e, e)
            out.append('<h3>%s</h3>' % esc(what) + ''.join(block))
    # conclusion
    parts = []
    for e in ('count', 'io'):
        got = [(p, stats[(p, e)]) for p in policies if (p, e) in stats]
        if not got:
            continue
        if e == 'count':
            items = ', '.join(['%s %s switches and %s failed takes' % (
                lab.lab(p), fmt_int(s['switches']), fmt_int(s['failed'])) for p, s in got])
            parts.append('In the busiest window of count: ' + items)
        else:
            got = [(p, s) for p, s in got if s.get('requester')]
            if got:
                items = ', '.join(['%s %s on average (%s at most)' % (
                    lab.lab(p), fmt_us(s['requester_mean_wait_us']),
                    fmt_us(s['requester_max_wait_us'])) for p, s in got])
                parts.append('in io, the I/O thread waited for the lock: ' + items)
    concl = ('; '.join(parts) + '.') if parts else 'No trace to show.'
    if concl[0].islower():
        concl = concl[0].upper() + concl[1:]
    intro = ('One row per thread, in the style of Beazley\'s slides: solid = holds the GIL, '
             'hatched = waits for it, ticks above = requests and drop requests, red ticks '
             'below = failed takes (woken, found the lock taken again: only trying), '
             'circles = signal handlers run, triangles = signal arrivals. Each picture shows '
             'the 50 ms of its trace where most happens (switches, requests, failed takes, '
             'signals), drawn from <code>gilpy -X gil-trace</code>.')
    if fixture_notes:
        intro += (' <b>These are fixture traces</b>, cut down from real runs for testing the '
                  'report (see each caption).')
    body = ''.join(out) + errors_box(lab, 'timelines')
    return concl, section(5, 'timelines', 'Timelines: the GIL thread by thread', intro, concl, body)


# ------------------------------------------------------------------ page

CSS = """
:root{--ink:#1d2330;--dim:#5f6b7c;--line:#dfe3ea;--bg:#f5f6f9;--card:#fff;--accent:#1b9e5a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
 font:15px/1.5 "DejaVu Sans","Segoe UI",Helvetica,Arial,sans-serif}
header{background:#1d2330;color:#fff;padding:28px 0 24px}
.wrap{max-width:1160px;margin:0 auto;padding:0 24px}
header h1{margin:0 0 6px;font-size:28px;letter-spacing:.2px}
header h1 span{color:#7fd6a4}
header p{margin:4px 0;color:#c9d1de;max-width:900px}
.meta{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}
.meta div{background:#2b3343;border-radius:6px;padding:6px 12px;font-size:13px;color:#e6ebf2}
.meta b{color:#fff;font-weight:600;margin-right:6px}
.meta .ver{color:#9aa6b8}
.meta .sw{margin-left:4px}
.fixture{background:#fff4d6;color:#6b4e00;border:1px solid #f0d48a;border-radius:6px;
 padding:10px 14px;margin:18px 0 0;font-weight:600}
nav{margin:18px 0 0;font-size:14px}
nav a{color:#9fd9b8;text-decoration:none;margin-right:16px}
section.experiment{background:var(--card);border:1px solid var(--line);border-radius:10px;
 padding:22px 26px 20px;margin:24px 0;box-shadow:0 1px 2px rgba(20,30,50,.04)}
h2{margin:0 0 8px;font-size:21px;display:flex;align-items:center;gap:12px}
h2 .num{display:inline-flex;width:30px;height:30px;border-radius:50%;background:var(--ink);
 color:#fff;font-size:15px;align-items:center;justify-content:center;flex:none}
h3{font-size:16px;margin:22px 0 8px;color:#2b3343}
p.intro{color:var(--dim);margin:0 0 12px;max-width:980px}
p.conclusion{background:#eef8f2;border-left:4px solid var(--accent);padding:10px 14px;
 margin:10px 0 16px;font-weight:600;border-radius:0 6px 6px 0}
p.note{color:var(--dim);font-style:italic}
code{background:#eef0f4;border-radius:4px;padding:1px 5px;font-size:13px}
svg{display:block;width:100%;height:auto;margin:10px 0 6px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:18px}
.hlegend{font-size:13px;margin:-4px 0 8px 48px}
.hlegend span{margin-right:22px}
svg text{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;fill:#2b3343}
svg .ctitle{font-size:14px;font-weight:600}
svg .tick{font-size:11px;fill:#6b7686}
svg .glabel{font-size:12.5px;fill:#2b3343}
svg .val{font-size:10.5px;fill:#3d4758}
svg .legend{font-size:12px}
svg .na{font-size:10px;fill:#b23a48;font-style:italic}
svg .grid{stroke:#e8ebf0;stroke-width:1}
svg .axis{stroke:#8a94a3;stroke-width:1}
svg .ref{stroke:#b23a48;stroke-width:1.2;stroke-dasharray:5 4}
svg .reflabel{font-size:11px;fill:#b23a48}
svg .rowlabel{font-size:12px;fill:#2b3343}
svg .rowline{stroke:#e0e4ea}
svg .lane{fill:#f3f5f8}
svg .wait{fill-opacity:.22}
svg .req{stroke:#3d4758;stroke-width:1.1}
svg .drop{stroke:#e07b1a;stroke-width:1.3}
svg .fail{stroke:#d62c3b;stroke-width:1.1}
svg .life{stroke:#1d2330;stroke-width:1.5}
svg .handler{fill:#c23bb0;stroke:#fff;stroke-width:1}
svg .sigmark{fill:#c23bb0}
table.data{border-collapse:collapse;width:100%;font-size:13.5px;margin:14px 0 6px}
table.data th{text-align:right;font-weight:600;color:#4a5466;border-bottom:2px solid var(--line);
 padding:6px 10px;white-space:nowrap}
table.data th:first-child{text-align:left}
table.data td{text-align:right;padding:5px 10px;border-bottom:1px solid #eef0f4;white-space:nowrap;
 font-variant-numeric:tabular-nums}
table.data td.name{text-align:left}
table.data td.span{text-align:left}
table.pivot td{vertical-align:top;padding:7px 10px;white-space:normal}
table.pivot td.name{white-space:nowrap}
table.pivot .sub{display:block;line-height:1.35}
table.pivot td b{font-size:14px}
.sub{color:#7a8494;font-size:12px}
table.data tbody tr:hover{background:#f7f9fc}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:7px;vertical-align:0}
.dim{color:#8a94a3}
.bad{color:#b23a48;font-weight:600}
.mono{font-family:"DejaVu Sans Mono",monospace;font-size:12.5px}
.errors{background:#fdf0f1;border:1px solid #f1c4ca;border-radius:6px;padding:8px 14px;
 margin:12px 0 0;font-size:13.5px;color:#7a2330}
.errors ul{margin:4px 0 0;padding-left:20px}
figure.tlbox{margin:8px 0 18px;padding:0}
figcaption{font-size:12.5px;color:var(--dim);margin:-2px 0 0 150px}
div.tlbox.missing{color:#b23a48;background:#fdf0f1;border-radius:6px;padding:8px 14px;margin:8px 0}
footer{color:var(--dim);font-size:12.5px;padding:10px 0 40px}
"""


def build(base):
    path = os.path.join(base, 'results.json')
    f = open(path)
    data = json.load(f)
    f.close()
    lab = Lab(data)
    conclusions = {}
    sections = []
    for name, fn in (('count', exp_count), ('io', exp_io), ('signals', exp_signals),
                     ('fairness', exp_fairness)):
        c, html = fn(lab)
        conclusions[name] = c
        sections.append(html)
    c, html = exp_timelines(lab, base)
    conclusions['timelines'] = c
    sections.append(html)
    m = data.get('machine') or {}
    gen = str(data.get('generated') or 'unknown time')
    quick = data.get('quick')
    interps = ', '.join(['<span class="sw" style="background:%s"></span>%s%s'
                         % (lab.col(i), esc(lab.lab(i)),
                            (' <span class="ver">(%s)</span>' % esc(lab.info[i].get('version')))
                            if lab.kind.get(i) == 'cpython' and lab.info[i].get('version')
                            and lab.info[i].get('version') not in lab.lab(i) else '')
                         for i in lab.interps])
    fixture = 'fixture' in gen.lower()
    head = []
    head.append('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                '<title>gilpy GIL lab report</title><style>%s</style></head><body>' % CSS)
    head.append('<header><div class="wrap"><h1><span>gilpy</span> GIL lab</h1>'
                '<p>gilpy is an interpreter for a subset of Python 3, written in C11 around a '
                'global interpreter lock with three policies: <b>ticks</b> (CPython 2\'s '
                'check interval), <b>timed</b> (CPython 3\'s switch interval) and <b>sched</b> '
                '(gilpy\'s own scheduler: direct handoff, virtual runtime, signals first). '
                'This report replays David Beazley\'s GIL experiments on each policy and on '
                'the CPythons installed.</p>')
    head.append('<div class="meta"><div><b>machine</b>%s core%s \u00b7 %s</div>'
                '<div><b>generated</b>%s</div><div><b>run</b>%s</div></div>'
                % (esc(m.get('cores', '?')), '' if m.get('cores') == 1 else 's',
                   esc(m.get('uname', 'unknown')), esc(gen),
                   'quick (fewer, shorter runs)' if quick else 'full'))
    head.append('<div class="meta"><div><b>interpreters</b>%s</div></div>' % (interps or 'none'))
    if fixture:
        head.append('<div class="fixture">Fixture data: these figures are test data for the '
                    'report, not a measurement.</div>')
    head.append('<nav><a href="#count">1 count</a><a href="#io">2 I/O</a>'
                '<a href="#signals">3 signals</a><a href="#fairness">4 fairness</a>'
                '<a href="#timelines">5 timelines</a></nav></div></header><main class="wrap">')
    errs = data.get('errors') or []
    foot = ('</main><footer class="wrap">Written by lab/report.py from %s/results.json '
            '(%d failed run%s listed in the sections). No scripts, nothing fetched: '
            'this page is self-contained.</footer></body></html>\n'
            % (esc(os.path.basename(os.path.abspath(base))), len(errs), '' if len(errs) == 1 else 's'))
    page = ''.join(head) + '\n'.join(sections) + foot
    out = open(os.path.join(base, 'index.html'), 'w')
    out.write(page)
    out.close()
    # the conclusions back into results.json
    exps = data.get('experiments')
    if isinstance(exps, dict):
        for name in ('count', 'io', 'signals', 'fairness'):
            if isinstance(exps.get(name), dict):
                exps[name]['conclusion'] = conclusions[name]
            elif name not in exps:
                exps[name] = {'rows': [], 'conclusion': conclusions[name]}
        # timelines is a list: its sentence goes beside it
        exps['timelines_conclusion'] = conclusions['timelines']
        tmp = path + '.tmp'
        f = open(tmp, 'w')
        f.write(json.dumps(data, indent=1) + '\n')
        f.close()
        os.rename(tmp, path)
    return conclusions


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else 'lab-report'
    if not os.path.exists(os.path.join(base, 'results.json')):
        sys.stderr.write('report.py: %s not found (run make lab first)\n'
                         % os.path.join(base, 'results.json'))
        sys.exit(1)
    c = build(base)
    print('report: %s' % os.path.join(base, 'index.html'))
    for k in ('count', 'io', 'signals', 'fairness', 'timelines'):
        print('  %s: %s' % (k, c[k]))


if __name__ == '__main__':
    main()
