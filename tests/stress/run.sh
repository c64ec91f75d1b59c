#!/usr/bin/env bash
# GC stress with threads: runs tests/stress/gc_threads.py under every GIL
# policy and several GILPY_GC_STRESS levels, and compares its output with
# gc_threads.out (recorded from CPython 3.12).
#
# usage: tests/stress/run.sh [--interp PATH] [--timeout S] [--levels "N N ..."]
#
#   --interp PATH  interpreter (default: $GILPY, else ./gilpy at the repo root);
#                  e.g. build/asan/gilpy or build/tsan/gilpy (sanitizer
#                  reports go to stderr, which must stay empty)
#   --timeout S    per-run time limit in seconds (default 300)
#   --levels L     GILPY_GC_STRESS values (default "300 2000 20000")
#
# Prints `FAIL policy level (what)` for each failing run, then
# `N passed, N failed`; exit status 1 if anything failed.
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
here="$root/tests/stress"
interp=${GILPY:-$root/gilpy}
tlimit=300
levels="300 2000 20000"
while (($#)); do
    case $1 in
        --interp) interp=$2; shift 2 ;;
        --timeout) tlimit=$2; shift 2 ;;
        --levels) levels=$2; shift 2 ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ $interp == */* ]] && interp="$(cd "$(dirname "$interp")" && pwd -P)/$(basename "$interp")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for policy in ticks timed sched; do
    for level in $levels; do
        (cd "$here" && GILPY_GIL=$policy GILPY_GC_STRESS=$level timeout "$tlimit" "$interp" gc_threads.py \
            > "$tmp/out" 2> "$tmp/err" < /dev/null)
        rc=$?
        what=()
        cmp -s "$tmp/out" "$here/gc_threads.out" || what+=(stdout)
        [[ -s $tmp/err ]] && what+=(stderr)
        ((rc != 0)) && what+=("rc=$rc")
        if ((${#what[@]})); then
            fail=$((fail + 1))
            (IFS=,; echo "FAIL $policy $level (${what[*]})")
            head -n 20 "$tmp/err"
            diff "$here/gc_threads.out" "$tmp/out" | head -n 10
        else
            pass=$((pass + 1))
        fi
    done
done
echo "$pass passed, $fail failed"
((fail == 0))
