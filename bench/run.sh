#!/usr/bin/env bash
# Benchmark runner: each program runs on gilpy and on CPython 3.12
# alternately (so machine noise hits both alike), REPEAT times; the table
# gives the median wall time of each and the ratio CPython / gilpy (how
# many times faster gilpy is). Works without CPython: then only gilpy's
# times are shown.
#
#   bench/run.sh [-n REPEAT] [NAME...]     (NAME: a bench/*.py without .py)
#   GILPY=path CPYTHON=path bench/run.sh
set -u
cd "$(dirname "$0")/.."
REPEAT=5
if [ "${1:-}" = "-n" ]; then REPEAT=$2; shift 2; fi
GILPY=${GILPY:-./gilpy}

find_cpython() {
    if [ -n "${CPYTHON:-}" ]; then echo "$CPYTHON"; return; fi
    if command -v pyenv >/dev/null 2>&1; then
        local p
        p=$(PYENV_VERSION=3.12.1 pyenv which python3 2>/dev/null) && { echo "$p"; return; }
        p=$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3
        [ -x "$p" ] && { echo "$p"; return; }
    fi
    for c in python3.12; do command -v $c >/dev/null 2>&1 && { command -v $c; return; }; done
}
CPY=$(find_cpython)

now_ns() { date +%s%N; }
time_one() {   # interpreter file -> seconds (float), output discarded
    local s e
    s=$(now_ns)
    "$1" "$2" >/dev/null 2>&1 || { echo "FAILED"; return; }
    e=$(now_ns)
    awk -v a="$s" -v b="$e" 'BEGIN { printf "%.4f", (b - a) / 1e9 }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in bench/*.py; do names+=("$(basename "$f" .py)"); done
fi
echo "gilpy: $GILPY"
if [ -n "$CPY" ]; then echo "CPython: $CPY ($("$CPY" -c 'import sys; print(sys.version.split()[0])'))"; else echo "CPython 3.12: not found (gilpy times only)"; fi
echo "repeat: $REPEAT, median wall time in seconds"
printf '%-16s %10s %10s %10s\n' benchmark gilpy cpython3.12 speedup
for n in "${names[@]}"; do
    f=bench/$n.py
    [ -f "$f" ] || { echo "no such benchmark: $n"; continue; }
    g=(); c=()
    for ((i = 0; i < REPEAT; i++)); do
        g+=("$(time_one "$GILPY" "$f")")
        if [ -n "$CPY" ]; then c+=("$(time_one "$CPY" "$f")"); fi
    done
    gm=$(printf '%s\n' "${g[@]}" | median)
    if [ -n "$CPY" ]; then
        cm=$(printf '%s\n' "${c[@]}" | median)
        ratio=$(awk -v a="$cm" -v b="$gm" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
        printf '%-16s %10s %10s %10s\n' "$n" "$gm" "$cm" "$ratio"
    else
        printf '%-16s %10s %10s %10s\n' "$n" "$gm" - -
    fi
done
