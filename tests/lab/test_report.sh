#!/bin/sh
# The GIL lab's report (lab/report.py) on its fixture: runs the report on
# ./gilpy into a temporary directory, checks that the page is self-contained,
# renders it in headless Chromium and checks the rendered DOM: the five
# experiment sections, a non-empty chart for experiments 1-4, a non-empty
# timeline per gilpy policy, the computed conclusions; and that the report
# runs the same on CPython 3 when one is installed.
# Last line: "N passed, N failed"; exit status 1 on any failure.
cd "$(dirname "$0")/../.." || exit 2
ROOT=$(pwd)
GILPY=${GILPY:-$ROOT/gilpy}
PASS=0
FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok: $1"; }
ko() { FAIL=$((FAIL + 1)); echo "FAIL: $1"; }
check() { # check DESCRIPTION COMMAND...
    d=$1; shift
    if "$@" >/dev/null 2>&1; then ok "$d"; else ko "$d"; fi
}
finish() {
    rm -rf "$TMP"
    echo "$PASS passed, $FAIL failed"
    [ "$FAIL" = 0 ]
    exit $?
}
TMP=$(mktemp -d /tmp/gilpy-lab-test.XXXXXX) || exit 2
OUT=$TMP/report
mkdir -p "$OUT"
cp lab/fixtures/results.json "$OUT/" && cp -r lab/fixtures/traces "$OUT/"

if [ ! -x "$GILPY" ]; then
    ko "no $GILPY (run make first)"
    finish
fi
if "$GILPY" lab/report.py "$OUT" >"$TMP/report.log" 2>&1; then
    ok "report.py runs on gilpy"
else
    ko "report.py runs on gilpy"; sed 's/^/  | /' "$TMP/report.log" | tail -20
    finish
fi
H=$OUT/index.html
check "index.html written" test -s "$H"

# self-contained: nothing fetched from the network, no external scripts
if grep -Eiq '(src|href)[[:space:]]*=[[:space:]]*["'"'"']?(https?:)?//' "$H"; then
    ko "no http(s):// src or href"; grep -Eio '(src|href)[[:space:]]*=[[:space:]]*["'"'"']?(https?:)?//[^"'"'"' >]*' "$H" | head -3
else
    ok "no http(s):// src or href"
fi
if grep -Eiq '<script[^>]*src' "$H"; then ko "no <script src>"; else ok "no <script src>"; fi
if grep -Eiq '@import|url\([[:space:]]*["'"'"']?(https?:)?//' "$H"; then
    ko "no external CSS (@import, url(http...))"
else
    ok "no external CSS (@import, url(http...))"
fi

# the conclusions written back into results.json, other fields intact
R=$OUT/results.json
for e in count io signals fairness; do
    check "results.json: experiments.$e.conclusion" \
        "$GILPY" -c "import json,sys; d=json.load(open(sys.argv[1])); c=d['experiments']['$e']['conclusion']; assert isinstance(c,str) and len(c)>20" "$R"
done
check "results.json: other fields intact" "$GILPY" -c "
import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
for e in b['experiments']:
    if isinstance(a['experiments'][e], dict):
        del a['experiments'][e]['conclusion']
del a['experiments']['timelines_conclusion']
assert a == b" "$R" lab/fixtures/results.json
check "conclusion computed from the figures (io: 85 us, CPython 3.12 70 ms)" \
    grep -q 'kept the I/O round trip p99 at 85 .s with 2 CPU threads, 827. better than CPython 3.12 (70 ms)' "$H"
check "fixture data labelled as such" grep -q 'class="fixture"' "$H"
check "failed run shown (gilpy ticks, io, 4 CPU threads)" grep -q 'timed out after 60 s' "$H"

# the same page from CPython 3, when there is one
PY=
for p in python3.12 python3; do
    if command -v $p >/dev/null 2>&1 && $p -c 'import sys; sys.exit(sys.version_info[0] != 3)' 2>/dev/null; then
        PY=$p; break
    fi
done
if [ -n "$PY" ]; then
    mkdir -p "$TMP/cpy/report"
    cp lab/fixtures/results.json "$TMP/cpy/report/" && cp -r lab/fixtures/traces "$TMP/cpy/report/"
    if $PY lab/report.py "$TMP/cpy/report" >/dev/null 2>&1 && cmp -s "$TMP/cpy/report/index.html" "$H" \
            && cmp -s "$TMP/cpy/report/results.json" "$R"; then
        ok "report.py on $PY writes the same page and results.json"
    else
        ko "report.py on $PY writes the same page and results.json"
    fi
else
    echo "skip: no CPython 3 to compare with"
fi

# render in headless Chromium and check the DOM
if [ ! -x /usr/bin/chromium ] && ! command -v chromium >/dev/null 2>&1; then
    sh tools/install_chromium.sh || { ko "chromium installed"; finish; }
fi
CHROMIUM=$(command -v chromium || echo /usr/bin/chromium)
timeout 60 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --dump-dom \
    "file://$H" >"$TMP/dom.html" 2>"$TMP/chromium.log"
if [ -s "$TMP/dom.html" ]; then
    ok "chromium renders the page"
else
    ko "chromium renders the page"; tail -5 "$TMP/chromium.log"
    finish
fi
"$GILPY" - "$TMP/dom.html" >"$TMP/dom.check" 2>&1 <<'PYEOF'
import sys
dom = open(sys.argv[1]).read()


def elements(tag, attr_test):
    """(attributes, inner text) of each <tag ...>...</tag> whose opening tag
    passes attr_test."""
    out = []
    i = 0
    while True:
        i = dom.find('<' + tag, i)
        if i < 0:
            break
        j = dom.find('>', i)
        head = dom[i:j + 1]
        k = dom.find('</' + tag + '>', j)
        if k < 0:
            k = len(dom)
        if attr_test(head):
            out.append((head, dom[j + 1:k]))
        i = j + 1
    return out


def res(name, cond):
    print(('ok ' if cond else 'FAIL ') + name)


for e in ['count', 'io', 'signals', 'fairness', 'timelines']:
    secs = elements('section', lambda h: 'data-experiment="%s"' % e in h)
    res('section %s present' % e, len(secs) == 1)
for e in ['count', 'io', 'signals', 'fairness']:
    charts = elements('svg', lambda h: 'class="chart"' in h and 'data-experiment="%s"' % e in h)
    good = [c for c in charts if c[1].count('<rect') >= 3]
    res('a non-empty chart for %s (%d charts)' % (e, len(charts)), len(good) >= 1)
for p in ['gilpy-ticks', 'gilpy-timed', 'gilpy-sched']:
    for e in ['count', 'io']:
        tl = elements('svg', lambda h: 'class="timeline"' in h and 'data-interp="%s"' % p in h
                      and 'data-experiment="%s"' % e in h)
        good = [t for t in tl if t[1].count('class="hold"') >= 2 and '<path' in t[1]]
        res('timeline %s %s with held spans' % (p, e), len(tl) == 1 and len(good) == 1)
tl = elements('svg', lambda h: 'class="timeline"' in h and 'data-interp="gilpy-ticks"' in h
              and 'data-experiment="count"' in h)
res('ticks count timeline shows failed takes', len(tl) == 1 and 'class="fail"' in tl[0][1])
tl = elements('svg', lambda h: 'class="timeline"' in h and 'data-experiment="signals"' in h)
res('signals timelines show signal arrivals and handlers',
    len(tl) == 2 and all(['class="sigmark"' in t[1] and 'class="handler"' in t[1] for t in tl]))
concl = elements('p', lambda h: 'class="conclusion"' in h)
res('five conclusions', len(concl) == 5 and all([len(c[1]) > 20 for c in concl]))
PYEOF
while read -r line; do
    case "$line" in
        "ok "*) ok "dom: ${line#ok }" ;;
        "FAIL "*) ko "dom: ${line#FAIL }" ;;
        *) ko "dom check: $line" ;;
    esac
done <"$TMP/dom.check"
finish
