#!/usr/bin/env bash
# The GIL lab's driver: runs every experiment of lab/experiments under every
# interpreter found (gilpy under each GIL policy, then CPython 2.7, 3.11,
# 3.12 and 3.13 where installed) and appends what each run printed, one
# JSON record per line, to DIR/raw.jsonl; lab/collect.py turns that into
# DIR/results.json. Builds nothing: `make lab` builds ./gilpy first.
#
#   lab/run.sh [--quick] [--out DIR]       (GILPY=path tests another build)
#
# --quick: the gilpy policies and CPython 3.12 only, shorter runs: a smoke
# test of the whole chain in well under 30 s. Every run has a time limit
# (timeout), so no interpreter can hang the lab; a run that fails or times
# out is recorded as an error, never as a figure.
set -u
cd "$(dirname "$0")/.."
QUICK=0
OUT=lab-report
while [ $# -gt 0 ]; do
    case $1 in
        --quick) QUICK=1; shift ;;
        --out) OUT=$2; shift 2 ;;
        *) echo "usage: lab/run.sh [--quick] [--out DIR]" >&2; exit 2 ;;
    esac
done
GILPY=${GILPY:-./gilpy}
EXP=lab/experiments
RAW=$OUT/raw.jsonl
mkdir -p "$OUT/traces"
rm -f "$RAW" "$OUT"/traces/*.json
export PYTHONDONTWRITEBYTECODE=1     # no .pyc of _lab.py in the tree

# JSON string literal of $1 (quotes, backslashes and control characters).
jstr() {
    local s=$1
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\n'/\\n}
    s=${s//$'\r'/\\r}
    s=${s//$'\t'/\\t}
    s=$(printf '%s' "$s" | tr -d '\000-\010\013\014\016-\037')
    printf '"%s"' "$s"
}

record() { printf '%s\n' "$1" >>"$RAW"; }

# --- parameters: full and quick --------------------------------------------
if [ $QUICK = 1 ]; then
    COUNT_TARGET=0.1; IO_DUR=0.1; IO_K="0 1 2 4"
    SIG_COUNT=12; SIG_K="2"; CC_RUNS=3; CC_TIMEOUT=1; FAIR_DUR=0.15
    TRACE_C=0.06; TRACE_IO=0.12; TRACE_C_TICKS=0.02; TRACE_IO_TICKS=0.06
    LIMIT=10
else
    COUNT_TARGET=0.2; IO_DUR=0.5; IO_K="0 1 2 4"
    SIG_COUNT=50; SIG_K="1 2"; CC_RUNS=5; CC_TIMEOUT=2; FAIR_DUR=0.5
    TRACE_C=0.1; TRACE_IO=0.2; TRACE_C_TICKS=0.04; TRACE_IO_TICKS=0.15
    LIMIT=20
fi

# --- interpreters ----------------------------------------------------------
declare -a IDS LABELS KINDS VERSIONS POLICIES CMDS
add_interp() {   # id label kind version policy command
    IDS+=("$1"); LABELS+=("$2"); KINDS+=("$3"); VERSIONS+=("$4")
    POLICIES+=("$5"); CMDS+=("$6")
}

if [ -x "$GILPY" ]; then
    gv=$("$GILPY" -V 2>&1 | awk '{ print $2 }')
    for policy in ticks timed sched; do
        add_interp "gilpy-$policy" "gilpy ($policy)" gilpy "$gv" "$policy" \
            "$GILPY -X gil=$policy"
    done
else
    echo "lab: $GILPY not found (make gilpy)" >&2
    exit 1
fi

# A CPython of version $1 (2.7, 3.12...): pyenv's installs, then PATH
# (where a pyenv shim may stand for a version not selected: each candidate
# must run and report that version).
find_py() {
    local v=$1 p cands=()
    if command -v pyenv >/dev/null 2>&1; then
        local root
        root=$(pyenv root 2>/dev/null)
        for p in $(ls -d "$root"/versions/"$v".*/bin/python"$v" 2>/dev/null | sort -V -r); do
            cands+=("$p")
        done
    fi
    p=$(command -v "python$v" 2>/dev/null) && cands+=("$p")
    for p in "${cands[@]}"; do
        local got
        got=$("$p" -c 'import sys; print("%d.%d.%d" % tuple(sys.version_info[:3]))' 2>/dev/null) || continue
        case $got in "$v".*) echo "$p $got"; return 0 ;; esac
    done
    return 1
}

if [ $QUICK = 1 ]; then PYVERS="3.12"; else PYVERS="2.7 3.11 3.12 3.13"; fi
for v in $PYVERS; do
    if found=$(find_py "$v"); then
        add_interp "cpython-$v" "CPython $v" cpython "${found#* }" "" "${found%% *}"
    else
        echo "lab: no CPython $v found: skipped" >&2
        record "{\"type\": \"note\", \"note\": $(jstr "no CPython $v found: skipped")}"
    fi
done

PIN=""
if command -v taskset >/dev/null 2>&1; then
    PIN="taskset -c 0"
else
    record '{"type": "note", "note": "taskset not found: the pinned runs of count were skipped"}'
fi

cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
record "{\"type\": \"meta\", \"quick\": $([ $QUICK = 1 ] && echo true || echo false), \"cores\": $cores, \"uname\": $(jstr "$(uname -srm)"), \"started\": $(jstr "$(date -u +%Y-%m-%dT%H:%M:%SZ)")}"
for i in "${!IDS[@]}"; do
    pol=null
    [ -n "${POLICIES[$i]}" ] && pol=$(jstr "${POLICIES[$i]}")
    record "{\"type\": \"interp\", \"id\": $(jstr "${IDS[$i]}"), \"label\": $(jstr "${LABELS[$i]}"), \"kind\": \"${KINDS[$i]}\", \"version\": $(jstr "${VERSIONS[$i]}"), \"policy\": $pol, \"command\": $(jstr "${CMDS[$i]}")}"
done
record '{"type": "note", "note": "CPython cannot trace its GIL nor count its switches: timelines and GIL statistics exist for gilpy only"}'

# --- the run list ----------------------------------------------------------
# Each run: interpreter index | experiment | pinned (0/1) | script and
# arguments | trace file ("" = none).
declare -a RUNS
for i in "${!IDS[@]}"; do
    RUNS+=("$i|count|0|count.py --target $COUNT_TARGET --threads 2,4|")
    [ -n "$PIN" ] && RUNS+=("$i|count|1|count.py --target $COUNT_TARGET --threads 2,4|")
    for k in $IO_K; do RUNS+=("$i|io|0|io_latency.py --cpu $k --duration $IO_DUR|"); done
    for m in spin sleep join; do
        for k in $SIG_K; do
            RUNS+=("$i|signals|0|signals.py --main $m --cpu $k --count $SIG_COUNT|")
        done
    done
    RUNS+=("$i|ctrl_c|0|ctrl_c.py --runs $CC_RUNS --worker cpu --timeout $CC_TIMEOUT|")
    for k in 2 4; do RUNS+=("$i|fairness|0|fairness.py --threads $k --duration $FAIR_DUR|"); done
    if [ "${KINDS[$i]}" = gilpy ]; then
        # GIL timelines, long enough for a few 50 ms windows. ticks records
        # about a million events per second of contention (150 MB of
        # trace): its runs are shorter.
        tc=$TRACE_C td=$TRACE_IO
        [ "${POLICIES[$i]}" = ticks ] && tc=$TRACE_C_TICKS td=$TRACE_IO_TICKS
        RUNS+=("$i|count|0|count.py --target $tc --threads 2|traces/${IDS[$i]}-count.json")
        RUNS+=("$i|io|0|io_latency.py --cpu 2 --duration $td --baseline 0|traces/${IDS[$i]}-io.json")
    fi
done

# --- running ---------------------------------------------------------------
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=${#RUNS[@]}
j=0
fails=0
lab_t0=$(date +%s.%N)
for spec in "${RUNS[@]}"; do
    j=$((j + 1))
    IFS='|' read -r i exp pinned argv trace <<<"$spec"
    id=${IDS[$i]}
    pre=""
    [ "$pinned" = 1 ] && pre="$PIN "
    tr_opt=""
    [ -n "$trace" ] && tr_opt="-X gil-trace=$OUT/$trace "
    where="all-cores"
    [ "$pinned" = 1 ] && where="pinned"
    [ -n "$trace" ] && where="traced"
    # shellcheck disable=SC2086
    t0=$(date +%s.%N)
    timeout -k 2 "$LIMIT" $pre${CMDS[$i]} $tr_opt$EXP/$argv >"$TMP/out" 2>"$TMP/err"
    rc=$?
    dt=$(echo "$(date +%s.%N) $t0" | awk '{ printf "%.2f", $1 - $2 }')
    params=$(jstr "$argv")
    common="\"interp\": $(jstr "$id"), \"experiment\": \"$exp\", \"params\": $params, \"pinned\": $([ "$pinned" = 1 ] && echo true || echo false), \"seconds\": $dt"
    nlines=$(grep -c . "$TMP/out")
    line=$(tail -n 1 "$TMP/out")
    err=""
    if [ $rc = 124 ] || [ $rc = 137 ]; then
        err="timeout after ${LIMIT} s"
    elif [ $rc != 0 ]; then
        err="exit status $rc"
    elif [ "$nlines" != 1 ] || [ "${line:0:1}" != "{" ]; then
        err="expected one line of JSON on stdout, got $nlines lines"
    elif [ -n "$trace" ] && [ ! -s "$OUT/$trace" ]; then
        err="no trace written to $OUT/$trace"
    fi
    if [ -n "$err" ]; then
        fails=$((fails + 1))
        tail_err=$(tail -c 600 "$TMP/err")
        record "{\"type\": \"error\", $common, \"error\": $(jstr "$err; stderr: $tail_err")}"
        status="FAILED ($err)"
    elif [ -n "$trace" ]; then
        record "{\"type\": \"trace\", $common, \"trace\": $(jstr "$trace"), \"data\": $line}"
        status="$dt s"
    else
        record "{\"type\": \"result\", $common, \"data\": $line}"
        status="$dt s"
    fi
    printf '[%d/%d] %-9s %-14s %-9s %s ... %s\n' "$j" "$n" "$exp" "$id" "$where" \
        "${argv#* }" "$status"
done
total=$(echo "$(date +%s.%N) $lab_t0" | awk '{ printf "%.1f", $1 - $2 }')
record "{\"type\": \"end\", \"seconds\": $total, \"runs\": $n, \"failed\": $fails}"
echo "lab: $n runs in $total s, $fails failed; raw results in $RAW"
